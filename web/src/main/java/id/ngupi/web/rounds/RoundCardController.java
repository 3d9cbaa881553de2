package id.ngupi.web.rounds;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import id.ngupi.db.statements.KeptReads;
import id.ngupi.web.support.Links;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * The picture of a round's card, {@code /putaran/{id}/kartu.png}, which X and chat
 * programs fetch for the link preview. Its ETag is a hash of what it says, so a preview
 * fetched again gets 304 until the card changes (the window closes, the host changes
 * their name); pictures already drawn are kept a while, since a shared link is fetched by
 * many at once.
 */
@Controller
class RoundCardController {

	/** How long previews and browsers may use the picture without asking again. */
	static final Duration FRESH = Duration.ofMinutes(10);

	private final RoundPages pages;

	private final KeptReads<RoundPages.Card, byte[]> drawn = new KeptReads<>(Duration.ofMinutes(30), 500);

	RoundCardController(RoundPages pages) {
		this.pages = pages;
	}

	@GetMapping(Links.ROUND_CARD)
	ResponseEntity<byte[]> card(@PathVariable String id, WebRequest request) {
		RoundPages.Card card = this.pages.find(id)
			.map(this.pages::card)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String etag = "\"" + hash(card) + "\"";
		if (request.checkNotModified(etag)) {
			return null;
		}
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.maxAge(FRESH).cachePublic())
			.eTag(etag)
			.body(this.drawn.get(card, RoundCardImage::png));
	}

	private static String hash(RoundPages.Card card) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			String text = String.join("\n", card.title(), card.description(), card.hostName(), card.offering());
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)), 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
