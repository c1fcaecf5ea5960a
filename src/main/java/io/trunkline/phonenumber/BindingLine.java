package io.trunkline.phonenumber;

/**
 * One agent of a direction's list: which agent, which of its versions, and its share of
 * the calls in basis points (10000 = 100 %).
 */
public record BindingLine(long agentId, String versionRef, int weightBp) {

}
