<?php
/**
 * php install.php: installs WordPress into the run's empty MariaDB (config.php), then adds the
 * user the tests publish as: an *author*, who has no `unfiltered_html`, so that WordPress filters
 * that user's posts with kses like a partner's editor. Prints
 * { "version", "author": { "id", "login", "role", "unfiltered_html" }, "permalinks" }.
 */
require __DIR__ . '/cli.php';

$dossier_db = mysqli_init();
if ( ! $dossier_db->real_connect( 'localhost', 'root', '', '', 0, getenv( 'DOSSIER_WP_SOCKET' ) ) ) {
	dossier_wp_fail( 'install.php: cannot reach MariaDB: ' . mysqli_connect_error() );
}
$dossier_db->query( 'CREATE DATABASE IF NOT EXISTS wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci' );
$dossier_db->close();

define( 'WP_INSTALLING', true );
// Pluggable: the test site sends no mail.
function wp_new_blog_notification() {}

require getenv( 'DOSSIER_WP_ROOT' ) . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

// wp_install() also tries pretty permalinks by asking the site (already served by `php -S`) for
// its first post: they work through router.php, as on most partners' sites.
wp_install( 'Site partenaire fictif', 'admin', 'admin@example.invalid', false, '', wp_generate_password( 24 ) );

$dossier_author = wp_insert_user(
	array(
		'user_login'   => 'author',
		'user_pass'    => wp_generate_password( 24 ),
		'user_email'   => 'author@example.invalid',
		'display_name' => 'Autrice fictive',
		'role'         => 'author',
	)
);
if ( is_wp_error( $dossier_author ) ) {
	dossier_wp_fail( 'install.php: ' . $dossier_author->get_error_message() );
}
$dossier_user = get_user_by( 'id', $dossier_author );

dossier_wp_answer(
	array(
		'version'    => get_bloginfo( 'version' ),
		'permalinks' => get_option( 'permalink_structure' ),
		'author'     => array(
			'id'              => $dossier_user->ID,
			'login'           => $dossier_user->user_login,
			'role'            => implode( ',', $dossier_user->roles ),
			'unfiltered_html' => user_can( $dossier_user, 'unfiltered_html' ),
		),
	)
);
