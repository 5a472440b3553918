<?php
/**
 * Plugin Name: Dossier widgets tests: oEmbed from 127.0.0.1
 * Description: Test-only. Loaded by the test site (scripts/wordpress/config.php sets
 * WPMU_PLUGIN_DIR here); never meant for a real site.
 *
 * WordPress refuses to fetch private addresses for oEmbed discovery (wp_safe_remote_get()
 * validates URLs with wp_http_validate_url()): loopback hosts are not "external", and a port
 * other than 80, 443, 8080 or the site's own is refused even on the site's own host, which is
 * the case here (the embed pages are served by the test on 127.0.0.1 at a random port). This
 * lets requests to 127.0.0.1 through, and only those; everything else is checked as usual.
 */
add_filter(
	'http_request_host_is_external',
	static function ( $external, $host ) {
		return $external || '127.0.0.1' === $host;
	},
	10,
	2
);

add_filter(
	'http_request_args',
	static function ( $args, $url ) {
		if ( '127.0.0.1' === parse_url( $url, PHP_URL_HOST ) ) {
			$args['reject_unsafe_urls'] = false;
		}
		return $args;
	},
	10,
	2
);

// A test site sends no mail.
add_filter( 'pre_wp_mail', '__return_true' );
