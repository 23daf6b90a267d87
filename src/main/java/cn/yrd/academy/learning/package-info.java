/**
 * Lab submissions: students hand in the result of a lab exercise, instructors of the course grade it against its checklist.
 */
package cn.yrd.academy.learning;
