/** Machinery shared by the rule packages; not exported and not part of the API. */
package dev.parley.messaging.rules.internal;
