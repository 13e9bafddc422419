/**
 * Runnable examples of Parley's public API: {@link dev.parley.examples.OrderThreadExample} builds
 * an order and a buyer thread from bundled sample data; {@link
 * dev.parley.examples.ContentCheckExample} checks a message before it is sent; {@link
 * dev.parley.examples.SlaExample} computes response deadlines and metrics for buyer threads.
 */
package dev.parley.examples;
