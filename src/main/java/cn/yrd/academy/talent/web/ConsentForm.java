package cn.yrd.academy.talent.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.yrd.academy.talent.internal.TalentField;
import cn.yrd.academy.talent.internal.TalentProfile;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the student chooses to share and says about themselves; a new form ticks nothing, since consent must be an
 * active choice.
 */
class ConsentForm {

	private List<TalentField> fields = new ArrayList<>();

	private String about = "";

	private String province = "";

	private String city = "";

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate graduation;

	private boolean openToInternship;

	private String jobPreferences = "";

	private String contactEmail = "";

	private String contactPhone = "";

	private List<String> declaredSkills = new ArrayList<>();

	static ConsentForm of(TalentProfile profile) {
		ConsentForm form = new ConsentForm();
		TalentProfile.Details details = profile.details();
		form.fields = new ArrayList<>(profile.sharedFields());
		form.about = details.about();
		form.province = details.province();
		form.city = details.city();
		form.graduation = details.graduation();
		form.openToInternship = details.openToInternship();
		form.jobPreferences = details.jobPreferences();
		form.contactEmail = details.contactEmail();
		form.contactPhone = details.contactPhone();
		form.declaredSkills = new ArrayList<>(details.declaredSkills());
		return form;
	}

	Set<TalentField> sharedFields() {
		return fields == null || fields.isEmpty() ? EnumSet.noneOf(TalentField.class) : EnumSet.copyOf(fields);
	}

	TalentProfile.Details details() {
		return new TalentProfile.Details(about, province, city, graduation, openToInternship, jobPreferences,
				contactEmail, contactPhone, declaredSkills == null ? List.of() : declaredSkills.stream().distinct().toList());
	}

	public List<TalentField> getFields() {
		return fields;
	}

	public void setFields(List<TalentField> fields) {
		this.fields = fields;
	}

	public String getAbout() {
		return about;
	}

	public void setAbout(String about) {
		this.about = about;
	}

	public String getProvince() {
		return province;
	}

	public void setProvince(String province) {
		this.province = province;
	}

	public String getCity() {
		return city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public LocalDate getGraduation() {
		return graduation;
	}

	public void setGraduation(LocalDate graduation) {
		this.graduation = graduation;
	}

	public boolean isOpenToInternship() {
		return openToInternship;
	}

	public void setOpenToInternship(boolean openToInternship) {
		this.openToInternship = openToInternship;
	}

	public String getJobPreferences() {
		return jobPreferences;
	}

	public void setJobPreferences(String jobPreferences) {
		this.jobPreferences = jobPreferences;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}

	public List<String> getDeclaredSkills() {
		return declaredSkills;
	}

	public void setDeclaredSkills(List<String> declaredSkills) {
		this.declaredSkills = declaredSkills;
	}

}
