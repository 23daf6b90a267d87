/**
 * Users, organizations, training bases, roles, login and the audit log; every other module depends on it.
 */
package cn.yrd.academy.identity;
