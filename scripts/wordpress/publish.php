<?php
/**
 * php publish.php < { "author", "title", "content" }: publishes a post as that user, with the
 * filters WordPress applies to that user's posts (an author's go through kses), and prints
 * { "id", "url", "content" (as saved), "unfiltered_html", "kses" }.
 */
require __DIR__ . '/cli.php';

$dossier_post = json_decode( stream_get_contents( STDIN ), true );
if ( ! is_array( $dossier_post ) || ! isset( $dossier_post['author'], $dossier_post['title'], $dossier_post['content'] ) ) {
	dossier_wp_fail( 'publish.php: expected { "author", "title", "content" } on stdin' );
}

require getenv( 'DOSSIER_WP_ROOT' ) . '/wp-load.php';

$dossier_user = get_user_by( 'login', $dossier_post['author'] );
if ( ! $dossier_user ) {
	dossier_wp_fail( "publish.php: no user {$dossier_post['author']}" );
}
// Setting the user runs kses_init() (a 'set_current_user' action): without `unfiltered_html`,
// post content is filtered on save, as when this user clicks Publish.
wp_set_current_user( $dossier_user->ID );
kses_init();

$dossier_id = wp_insert_post(
	wp_slash(
		array(
			'post_author'  => $dossier_user->ID,
			'post_title'   => $dossier_post['title'],
			'post_content' => $dossier_post['content'],
			'post_status'  => 'publish',
		)
	),
	true
);
if ( is_wp_error( $dossier_id ) ) {
	dossier_wp_fail( 'publish.php: ' . $dossier_id->get_error_message() );
}

dossier_wp_answer(
	array(
		'id'              => $dossier_id,
		'url'             => get_permalink( $dossier_id ),
		'content'         => get_post_field( 'post_content', $dossier_id, 'raw' ),
		'unfiltered_html' => current_user_can( 'unfiltered_html' ),
		'kses'            => false !== has_filter( 'content_save_pre', 'wp_filter_post_kses' ),
	)
);
