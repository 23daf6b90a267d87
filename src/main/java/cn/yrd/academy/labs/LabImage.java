package cn.yrd.academy.labs;

import java.util.List;

import cn.yrd.academy.shared.text.Bilingual;

/**
 * What a lab machine offers a student: the equipment, how it is reached, its software and skills.
 *
 * @param code the folder name under {@code lab-images/}
 * @param protocol vnc, rdp or ssh
 * @param displayWidth width in pixels for vnc and rdp, 0 for ssh
 * @param displayHeight height in pixels for vnc and rdp, 0 for ssh
 * @param recording whether guacd records the sessions on machines of this image ({@code recording:} in
 * {@code image.yaml}, default true)
 */
public record LabImage(String code, Bilingual name, String vendor, Bilingual equipment, String protocol, int port,
		int displayWidth, int displayHeight, List<String> software, List<String> skills, boolean recording) {

	/** An image whose sessions are recorded, the default. */
	public LabImage(String code, Bilingual name, String vendor, Bilingual equipment, String protocol, int port,
			int displayWidth, int displayHeight, List<String> software, List<String> skills) {
		this(code, name, vendor, equipment, protocol, port, displayWidth, displayHeight, software, skills, true);
	}

}
