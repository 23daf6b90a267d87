/**
 * Remote lab sessions: one-time connect tokens for a booking, the WebSocket tunnel to the lab machine through
 * guacd (Apache Guacamole's proxy daemon), the session lifecycle bound to the booking, and the lab page.
 * Knows booking and labs; learning reads a student's kept recordings through {@link SessionRecordings}.
 */
package cn.yrd.academy.remote;
