package io.trunkline.phonenumber;

import java.util.List;

/**
 * One direction's agents of a number as stored, with the bindings version they are at.
 */
public record DirectionBindings(long bindingsVersion, List<BindingLine> lines) {

}
