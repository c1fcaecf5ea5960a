/**
 * Reusable connections of an organization: SIP trunks and Twilio integrations, with their
 * write-only, encrypted credentials.
 */
package io.trunkline.trunk;
