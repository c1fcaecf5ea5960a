/**
 * Importing numbers: one typed number, a pasted list or a CSV file is read into rows,
 * checked in a dry run that stores nothing, then written in the background in batches,
 * with a report of every row.
 */
package io.trunkline.importer;
