/**
 * Talent pool: students' consented profiles with evidence-backed skills, search for partner companies, talent
 * demands and contact requests.
 */
package cn.yrd.academy.talent;
