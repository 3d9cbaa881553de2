package id.ngupi.web.assets;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The URL of an asset that names its content, for the templates
 * ({@code ${Assets.url("/css/ngupi.css")}}): {@code /css/ngupi-<md5>.css}. Until the
 * application's resource handlers are known (and in a template rendered without them),
 * the plain path.
 */
@Component
public final class Assets {

	/**
	 * The last segment of a URL that names its content: Spring's MD5 before the suffix.
	 */
	private static final Pattern VERSIONED = Pattern.compile(".*-[0-9a-f]{32}\\.[A-Za-z0-9]+$");

	private static volatile ResourceUrlProvider provider;

	private static final Map<String, String> urls = new ConcurrentHashMap<>();

	private final ResourceUrlProvider resources;

	Assets(ResourceUrlProvider mvcResourceUrlProvider) {
		this.resources = mvcResourceUrlProvider;
	}

	@EventListener(ContextRefreshedEvent.class)
	void handlersKnown() {
		provider = this.resources;
		urls.clear();
	}

	/** The URL naming the content of the asset at this path, or the path itself. */
	public static String url(String path) {
		ResourceUrlProvider known = provider;
		if (known == null) {
			return path;
		}
		return urls.computeIfAbsent(path, plain -> {
			String versioned = known.getForLookupPath(plain);
			return (versioned != null) ? versioned : plain;
		});
	}

	/** Whether the path names an asset's content, so it never changes its answer. */
	static boolean versioned(String path) {
		return VERSIONED.matcher(path).matches();
	}

}
