/**
 * Bounded readers for attachment containers (zip, OLE compound files, PDF) used by the attachment
 * rules. Not exported. Every reader takes an {@link dev.parley.messaging.rules.internal.files.InspectionBudget}
 * and stops, instead of throwing, when a cap is reached.
 */
package dev.parley.messaging.rules.internal.files;
