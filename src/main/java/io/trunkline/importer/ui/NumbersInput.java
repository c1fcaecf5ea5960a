package io.trunkline.importer.ui;

import java.util.List;

import io.trunkline.importer.ImportRow;

/**
 * What the first step read: where the numbers came from, and their rows.
 *
 * @param sourceName the file name, or how the numbers were entered
 * @param rows the rows, in their order
 */
record NumbersInput(String sourceName, List<ImportRow> rows) {

}
