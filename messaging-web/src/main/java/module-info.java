/**
 * The pages {@code parley serve} shows in a browser, as resources under {@code parley-web/}, and
 * {@link dev.parley.messaging.web.WebAssets} to read them. No dependencies.
 */
module dev.parley.messaging.web {
  exports dev.parley.messaging.web;
}
