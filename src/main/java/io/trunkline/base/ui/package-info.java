/**
 * The console's shell: the main layout with its role-aware navigation, the home view, and
 * small UI parts every feature uses.
 */
package io.trunkline.base.ui;
