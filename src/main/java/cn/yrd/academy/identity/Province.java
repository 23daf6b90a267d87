package cn.yrd.academy.identity;

/**
 * The four provincial-level members of the Yangtze River Delta cluster (一市三省).
 */
public enum Province {

	SH, JS, ZJ, AH

}
