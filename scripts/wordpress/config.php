<?php
/**
 * The test site's settings, for Debian's /usr/share/wordpress/wp-config.php. That file loads
 * /etc/wordpress/config-<name>.php, where <name> is $_SERVER['WORDPRESS_CONFIG'] (set by
 * router.php and cli.php) and the one-line file there, written by test/wordpress/wordpress.mjs
 * for one run and removed when it stops, requires this one. Everything that changes per run
 * comes from the environment that wordpress.mjs gives `php -S` and the `php` commands:
 *
 *   DOSSIER_WP_URL          the site's address, http://127.0.0.1:PORT (no final slash)
 *   DOSSIER_WP_SOCKET       the run's private MariaDB socket
 *   DOSSIER_WP_CONTENT_DIR  the run's wp-content folder (themes and plugins linked from Debian's)
 */
$dossier_wp_env = static function ( $name ) {
	$value = getenv( $name );
	if ( ! is_string( $value ) || '' === $value ) {
		error_log( "scripts/wordpress/config.php: $name is not set" );
		exit( 1 );
	}
	return $value;
};

define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:' . $dossier_wp_env( 'DOSSIER_WP_SOCKET' ) );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'wp_';

define( 'WP_HOME', $dossier_wp_env( 'DOSSIER_WP_URL' ) );
define( 'WP_SITEURL', WP_HOME );
define( 'WP_CONTENT_DIR', $dossier_wp_env( 'DOSSIER_WP_CONTENT_DIR' ) );
define( 'WP_CONTENT_URL', WP_HOME . '/wp-content' );
// The test-only plugin that lets WordPress fetch oEmbed from 127.0.0.1 (see the file).
define( 'WPMU_PLUGIN_DIR', __DIR__ . '/mu-plugins' );

// Nothing but the test: no cron requests to itself, no updates, no calls to wordpress.org
// (requests to 127.0.0.1, the site's own host, stay allowed).
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'WP_DEBUG', false );
