package cn.yrd.academy.catalog.web;

import cn.yrd.academy.catalog.internal.Enrollments;
import cn.yrd.academy.identity.AcademyUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class MyCoursesController {

	private final Enrollments enrollments;

	MyCoursesController(Enrollments enrollments) {
		this.enrollments = enrollments;
	}

	@GetMapping("/my/courses")
	String myCourses(@AuthenticationPrincipal AcademyUser user, Model model) {
		model.addAttribute("courses", enrollments.mine(user));
		return "catalog/my-courses";
	}

}
