/**
 * Lab images (what a lab machine offers), the machines of the training bases with their encrypted
 * connection secrets, opening hours, closure days and maintenance windows, and whether each machine answers
 * (the machine health check, which withdraws a machine that went offline).
 */
package cn.yrd.academy.labs;
