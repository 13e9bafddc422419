/**
 * JSON for Parley: {@link dev.parley.messaging.json.ParleyJson} reads and writes the documented
 * contracts (check request and result, thread input, SLA output) and every domain type; {@link
 * dev.parley.messaging.json.ParleyModule} plugs the same mapping into a Jackson {@code ObjectMapper}.
 * Unknown fields are ignored; malformed input fails with a {@link
 * dev.parley.messaging.json.JsonInputException} whose message starts with the JSON path.
 */
package dev.parley.messaging.json;
