package cn.yrd.academy.booking.web;

import java.util.List;
import java.util.Optional;

import cn.yrd.academy.booking.internal.BlockRefused;
import cn.yrd.academy.booking.internal.ClassBlock;
import cn.yrd.academy.booking.internal.ClassBlocks;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.Role;
import cn.yrd.academy.identity.TrainingBaseSummary;
import cn.yrd.academy.identity.TrainingBases;
import cn.yrd.academy.identity.UserDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The class block requests of a base, each with what holds its machines, for the lab admin who decides.
 * A cluster admin picks the base with {@code ?base=CODE}.
 */
@Controller
@PreAuthorize("hasAnyRole('LAB_ADMIN', 'CLUSTER_ADMIN')")
class LabAdminBlocksController {

	private final ClassBlocks blocks;

	private final TrainingBases bases;

	private final UserDirectory users;

	LabAdminBlocksController(ClassBlocks blocks, TrainingBases bases, UserDirectory users) {
		this.blocks = blocks;
		this.bases = bases;
		this.users = users;
	}

	@GetMapping("/labadmin/blocks")
	String list(@RequestParam(name = "base", required = false) String baseCode,
			@AuthenticationPrincipal AcademyUser admin, Model model) {
		boolean clusterAdmin = admin.hasRole(Role.CLUSTER_ADMIN);
		model.addAttribute("clusterAdmin", clusterAdmin);
		model.addAttribute("bases", clusterAdmin ? bases.all() : List.of());
		Optional<TrainingBaseSummary> base = base(baseCode, admin);
		model.addAttribute("base", base.orElse(null));
		List<ClassBlock> shownBlocks = base.map(shown -> blocks.atBase(shown.id(), admin)).orElse(List.of());
		model.addAttribute("requesters", users.summaries(shownBlocks.stream().map(ClassBlock::getRequestedBy).toList()));
		model.addAttribute("blocks", shownBlocks.stream()
			.map(block -> new BlockView(block, base.orElseThrow(), block.getStatus() == ClassBlock.Status.REQUESTED
					? blocks.conflicts(block.getId(), admin) : List.of()))
			.toList());
		return "booking/block-requests";
	}

	@PostMapping("/labadmin/blocks/{id}/approve")
	String approve(@PathVariable long id, @AuthenticationPrincipal AcademyUser admin,
			RedirectAttributes redirect) {
		try {
			ClassBlock block = blocks.approve(id, admin);
			redirect.addFlashAttribute("messageKey", "block.admin.approved");
			return back(block.getBaseId(), admin);
		}
		catch (BlockRefused refused) {
			return refused(id, refused, admin, redirect);
		}
	}

	@PostMapping("/labadmin/blocks/{id}/reject")
	String reject(@PathVariable long id, @RequestParam(defaultValue = "") String note,
			@AuthenticationPrincipal AcademyUser admin, RedirectAttributes redirect) {
		try {
			ClassBlock block = blocks.reject(id, admin, note);
			redirect.addFlashAttribute("messageKey", "block.admin.rejected");
			return back(block.getBaseId(), admin);
		}
		catch (BlockRefused refused) {
			return refused(id, refused, admin, redirect);
		}
	}

	private String refused(long id, BlockRefused refused, AcademyUser admin, RedirectAttributes redirect) {
		redirect.addFlashAttribute("blockError", refused.messageKey());
		redirect.addFlashAttribute("blockErrorArgs", refused.arguments());
		redirect.addFlashAttribute("blockErrorId", id);
		return admin.hasRole(Role.CLUSTER_ADMIN) ? "redirect:/labadmin/blocks?base=" + baseOf(id)
				: "redirect:/labadmin/blocks";
	}

	private String baseOf(long blockId) {
		return blocks.baseOf(blockId).flatMap(bases::find).map(TrainingBaseSummary::code).orElse("");
	}

	private String back(long baseId, AcademyUser admin) {
		return admin.hasRole(Role.CLUSTER_ADMIN)
				? "redirect:/labadmin/blocks?base=" + bases.find(baseId).orElseThrow().code()
				: "redirect:/labadmin/blocks";
	}

	/** A cluster admin's chosen base, else the lab admin's own. */
	private Optional<TrainingBaseSummary> base(String code, AcademyUser admin) {
		if (admin.hasRole(Role.CLUSTER_ADMIN) && code != null && !code.isBlank()) {
			return bases.findByCode(code.strip());
		}
		return admin.trainingBaseId() == null ? Optional.empty() : bases.find(admin.trainingBaseId());
	}

}
