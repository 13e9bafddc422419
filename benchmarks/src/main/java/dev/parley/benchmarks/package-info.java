/**
 * JMH benchmarks of Parley's engines, one class per area; built with the project and run by hand
 * (see benchmarks/README.md).
 */
package dev.parley.benchmarks;
