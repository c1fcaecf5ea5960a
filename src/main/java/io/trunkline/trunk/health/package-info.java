/**
 * Trunk health: SIP OPTIONS checks of each trunk's termination URI over JAIN-SIP, run by
 * db-scheduler across instances, with Up/Down hysteresis and SSRF-safe targets.
 */
package io.trunkline.trunk.health;
