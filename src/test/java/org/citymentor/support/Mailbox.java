package org.citymentor.support;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** The e-mails the test mail server received for one person. */
public final class Mailbox {

	private Mailbox() {
	}

	public static List<MimeMessage> mailsTo(GreenMail greenMail, TestAccount account) throws MessagingException {
		InternetAddress to = new InternetAddress(account.email());
		return Arrays.stream(greenMail.getReceivedMessages()).filter((mail) -> {
			try {
				return mail.getAllRecipients() != null && Arrays.asList(mail.getAllRecipients()).contains(to);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

}
