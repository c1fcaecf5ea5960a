/**
 * The import wizard (numbers, trunk, agents, review) and the page that follows an import
 * while it runs in the background and sums it up when it ends.
 */
package io.trunkline.importer.ui;
