/**
 * Response deadlines and response-time metrics for Amazon buyer-seller messaging (rules {@code
 * sla.response-24h}, {@code sla.no-response-needed}, {@code sla.vacation}, {@code sla.metrics}),
 * an optional business-hours clock for internal targets, and the review-request, feedback, return
 * and withdrawal windows of an order ({@code solicitation.window}, {@code feedback.window}, {@code
 * returns.window}).
 *
 * <p>Entry points: {@link dev.parley.messaging.sla.SlaPolicy} (the printable policy), {@link
 * dev.parley.messaging.sla.ResponseDeadlines#compute} (deadlines of one thread), {@link
 * dev.parley.messaging.sla.ThreadState#at} (statuses at an instant), {@link
 * dev.parley.messaging.sla.WorkQueue#at} (threads by urgency), {@link
 * dev.parley.messaging.sla.ResponseMetrics#over} (Late Response Rate and Average Response Time),
 * {@link dev.parley.messaging.sla.ResponseTracker} (the same, fed event by event), {@link
 * dev.parley.messaging.sla.BusinessClock} with {@link dev.parley.messaging.sla.HolidayCalendar},
 * and {@link dev.parley.messaging.sla.OrderWindows}.
 *
 * <p>Two clocks, never mixed: Amazon's deadline is elapsed time ({@code receivedAt + PT24H}, no
 * time zone, no DST, weekends and holidays included); calendar windows and business hours use a
 * named {@link java.time.ZoneId}. Nothing here reads the system clock or the JVM default zone.
 */
@SlaStyle
package dev.parley.messaging.sla;

import dev.parley.messaging.sla.internal.SlaStyle;
