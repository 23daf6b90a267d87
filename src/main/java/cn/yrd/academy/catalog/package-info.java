/**
 * The shared course catalog: courses, modules, lessons, lab exercises, skills, course packages, enrollment.
 */
package cn.yrd.academy.catalog;
