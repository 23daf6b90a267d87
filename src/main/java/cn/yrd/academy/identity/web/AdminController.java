package cn.yrd.academy.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class AdminController {

	/** The cluster admin's overview is their home page. */
	@GetMapping("/admin")
	String overview() {
		return "redirect:/";
	}

}
