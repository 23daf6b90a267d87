/**
 * Full-text search infrastructure shared by the modules that index their rows.
 */
package cn.yrd.academy.shared.search;
