package cn.yrd.academy.labs.internal;

import java.util.EnumSet;
import java.util.UUID;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.Province;
import cn.yrd.academy.identity.Role;
import cn.yrd.academy.identity.internal.Directory;
import cn.yrd.academy.identity.internal.Directory.BaseDetails;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.TrainingBase;

/**
 * Training bases of their own for tests that change machines, hours or closures, so the demo bases stay as
 * other tests expect them; and a lab admin principal for such a base.
 */
final class LabTestBases {

	private final Directory directory;

	private final OrganizationRepository organizations;

	LabTestBases(Directory directory, OrganizationRepository organizations) {
		this.directory = directory;
		this.organizations = organizations;
	}

	TrainingBase create() {
		String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		long sjtu = organizations.findByCode("SJTU").orElseThrow().getId();
		return directory.saveBase(null, new BaseDetails("LABTEST-" + suffix, sjtu, "测试实训基地" + suffix,
				"Test base " + suffix, Province.SH, "上海", "测试路1号"), "test");
	}

	static AcademyUser labAdmin(long baseId) {
		return new AcademyUser(-baseId, "labtest" + baseId, "测试管理员", 1, baseId, EnumSet.of(Role.LAB_ADMIN), null,
				true, true);
	}

}
