/**
 * Phone numbers: normalization, uniqueness per organization, bindings.
 */
package io.trunkline.phonenumber;
