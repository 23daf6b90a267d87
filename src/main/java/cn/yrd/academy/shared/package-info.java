/**
 * Small open module shared by all others: database bootstrap, web layout helpers, paging, clock and errors.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.yrd.academy.shared;
