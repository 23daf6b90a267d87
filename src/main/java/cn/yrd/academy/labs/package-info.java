/**
 * Lab images (what a lab machine offers) and, with later issues, machines, the credentials vault and health.
 */
package cn.yrd.academy.labs;
