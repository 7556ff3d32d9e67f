package org.citymentor.goodpractice.web;

import org.citymentor.goodpractice.GoodPracticeField;
import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** The form follows the field list: a property for every text field. */
class GoodPracticeFormTest {

	@Test
	void everyTextFieldHasAFormProperty() {
		BeanWrapper form = PropertyAccessorFactory.forBeanPropertyAccess(new GoodPracticeForm());
		for (GoodPracticeField field : GoodPracticeField.textFields()) {
			assertThat(form.isReadableProperty(field.property())).as(field.property()).isTrue();
			assertThat(form.isWritableProperty(field.property())).as(field.property()).isTrue();
		}
	}

	@Test
	void onlyWebAddressesAreLinks() {
		assertThat(GoodPracticeForm.isWebAddress("https://www.mechelen.be/buddy")).isTrue();
		assertThat(GoodPracticeForm.isWebAddress("http://example.org")).isTrue();
		assertThat(GoodPracticeForm.isWebAddress("javascript:alert(1)")).isFalse();
		assertThat(GoodPracticeForm.isWebAddress("ftp://example.org/file")).isFalse();
		assertThat(GoodPracticeForm.isWebAddress("https://")).isFalse();
		assertThat(GoodPracticeForm.isWebAddress("www.example.org")).isFalse();
		assertThat(GoodPracticeForm.isWebAddress("https://exa mple.org")).isFalse();
	}

}
