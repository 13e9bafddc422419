/**
 * The browser pages of the Parley service: {@link dev.parley.messaging.web.WebAssets} lists and
 * reads the playground, the rule catalog, the response-time dashboard and their scripts and
 * styles. Plain files, no build step; the HTTP side (content types, caching, security headers)
 * belongs to {@code messaging-server}.
 */
package dev.parley.messaging.web;
