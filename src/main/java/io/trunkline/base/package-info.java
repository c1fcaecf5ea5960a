/**
 * What every feature shares: the entity base class and the domain exceptions that views
 * turn into field errors and "not found" pages.
 */
package io.trunkline.base;
