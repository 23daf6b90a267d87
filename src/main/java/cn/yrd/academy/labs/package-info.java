/**
 * Lab images (what a lab machine offers), the machines of the training bases with their encrypted
 * connection secrets, opening hours, closure days and maintenance windows.
 */
package cn.yrd.academy.labs;
