/**
 * The {@code parley} command-line tool: JSON Lines in, JSON Lines out. Entry point: {@link
 * dev.parley.examples.cli.Parley}. It maps JSON to Parley's domain values and reports back; no rule
 * logic lives here.
 */
package dev.parley.examples.cli;
