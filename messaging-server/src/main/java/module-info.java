/**
 * The Parley HTTP/JSON service on embedded Jetty. Library modules never depend on it.
 */
module dev.parley.messaging.server {
  requires transitive dev.parley.messaging.json;
  requires dev.parley.messaging.web;
  requires org.eclipse.jetty.server;
  requires org.eclipse.jetty.http;
  requires org.eclipse.jetty.io;
  requires org.eclipse.jetty.util;
  requires org.slf4j;

  exports dev.parley.messaging.server;
}
