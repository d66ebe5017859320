"""The PHP rule files themselves: each compiles alone, follows the conventions, and every rule and
heuristic combo is proved by a sample it must match (and by no benign look-alike).

These tests talk to yara-python directly on purpose: they check the rule files, not the engine
(tests/detect/test_samples.py runs the whole engine over the same samples).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
import yara

from webhunt.detect.document import Document
from webhunt.detect.heuristics import HeuristicSet, evaluate, parse_heuristics

ROOT = Path(__file__).resolve().parents[2]
YARA_DIR = ROOT / "signatures" / "yara"
PHP_TOML = ROOT / "signatures" / "heuristics" / "php.toml"
SAMPLES = ROOT / "tests" / "samples" / "php"
BENIGN = ROOT / "tests" / "samples" / "benign" / "php"

EXTERNALS = ("filename", "filepath", "extension", "filetype", "owner")
FAMILIES = {
    "china_chopper", "c99", "r57", "wso", "b374k", "filesman", "weevely", "behinder", "godzilla",
    "antsword", "regeorg", "neoregeorg", "mailer", "uploader", "packer", "cmdshell", "generic",
    "polyglot", "config",
}  # fmt: skip
SCRIPT_EXTENSIONS = {"php", "php3", "php4", "php5", "php7", "php8", "phtml", "pht", "phar", "inc"}

#: rule -> a sample (below tests/samples/php) the rule must match on its own.
YARA_EXPECTED: dict[str, str] = {
    "WH_PHP_XSLT_PHP_Functions": "generic/xslt_embedded_php_function_obf.php",
    "WH_PHP_Session_File_Include": "generic/session_file_include_loader.php",
    "WH_PHP_Eval_Request_Input": "china_chopper/post_eval.php",
    "WH_PHP_Exec_Request_Input": "cmdshell/system_get.php",
    "WH_PHP_Backtick_Request_Input": "cmdshell/backtick_get.php",
    "WH_PHP_Request_Chooses_Function": "china_chopper/obf_superglobal_call.php",
    "WH_PHP_Variable_Function_Request_Input": "china_chopper/obf_concat_assert.php",
    "WH_PHP_Create_Function_Request_Input": "generic/obf_long_whitespace_hidden.php",
    "WH_PHP_Callback_From_Request": "packer/register_shutdown.php",
    "WH_PHP_Callback_Dangerous_Literal": "packer/callback_assert_literal.php",
    "WH_PHP_Include_Input_Stream": "packer/include_php_input.php",
    "WH_PHP_Include_Request_Path": "generic/include_request_rfi.php",
    "WH_PHP_Include_Uploaded_File": "uploader/include_uploaded_tmp.php",
    "WH_PHP_Extract_Then_Dynamic_Call": "packer/extract_cookie_exec.php",
    "WH_PHP_Eval_Request_Headers": "china_chopper/getallheaders_eval.php",
    "WH_PHP_Eval_Session_State": "generic/session_stored_payload_eval.php",
    "WH_PHP_Variable_Function_Session_State": "generic/session_payload_pieced_callee.php",
    "WH_PHP_Class_Magic_Eval": "antsword/ant_class_construct.php",
    "WH_PHP_C99_Shell": "c99/c99_classic.php",
    "WH_PHP_C99_Structure": "c99/c99_rebranded.php",
    "WH_PHP_R57_Shell": "r57/r57_rebranded.php",
    "WH_PHP_WSO_Shell": "wso/wso_25.php",
    "WH_PHP_FilesMan_Dispatch": "filesman/filesman_compact.php",
    "WH_PHP_FilesMan_Name": "filesman/filesman_obf_globals.php",
    "WH_PHP_B374k_Shell": "b374k/b374k_3x_packed.php",
    "WH_PHP_Shell_Alias_List": "wso/wso_renamed_funcs.php",
    "WH_PHP_File_Manager_Shell_Structure": "c99/c99_rebranded.php",
    "WH_PHP_Exec_Function_Fallback": "cmdshell/multi_fallback.php",
    "WH_PHP_Behinder": "behinder/behinder_v3_default.php",
    "WH_PHP_Godzilla": "godzilla/godzilla_xor_base64_renamed.php",
    "WH_PHP_Weevely_Agent": "weevely/agent_plain.php",
    "WH_PHP_Str_Replace_Hidden_Function": "weevely/agent_obfpost_1.php",
    "WH_PHP_Runtime_Function_Called": "weevely/agent_obfpost_3.php",
    "WH_PHP_AntSword_Payload": "antsword/ant_payload_asoutput.php",
    "WH_PHP_AntSword_Default_Param": "antsword/ant_base64_decoder.php",
    "WH_PHP_ReGeorg_Tunnel": "regeorg/tunnel_quiet.php",
    "WH_PHP_NeoReGeorg_Tunnel": "neoregeorg/neo_tunnel_custom_hello.php",
    "WH_PHP_Session_Socket_Relay": "regeorg/tunnel_socket_ext.php",
    "WH_PHP_Mass_Mailer": "mailer/mass_mailer_form.php",
    "WH_PHP_Phishing_Result_Mailer": "mailer/phish_result_sender.php",
    "WH_PHP_Mass_Mailer_Library": "mailer/library_posted_list_relay.php",
    "WH_PHP_Phishing_Result_Logger": "mailer/credential_log_append.php",
    "WH_PHP_Upload_To_Request_Path": "uploader/simple_move_uploaded.php",
    "WH_PHP_Upload_Client_Filename": "uploader/copy_uploader.php",
    "WH_PHP_Write_Request_To_Request_Path": "uploader/fwrite_get_name.php",
    "WH_PHP_Remote_Payload_Dropper": "uploader/remote_fetch_dropper.php",
    "WH_PHP_Eval_Encoded_Literal": "packer/gzinflate_b64_literal.php",
    "WH_PHP_Eval_Nested_Decoders": "packer/rot13_gz_b64_nested.php",
    "WH_PHP_Eval_Decoded_Variable": "packer/hex2bin.php",
    "WH_PHP_Preg_Replace_Eval_Modifier": "packer/preg_replace_e_request.php",
    "WH_PHP_Preg_Replace_Eval_Payload": "wso/wso_preg_e_packed.php",
    "WH_PHP_Hex_Escaped_Function_Name": "cmdshell/obf_hex_shell_exec.php",
    "WH_PHP_Octal_Escaped_Function_Name": "packer/octal_escapes.php",
    "WH_PHP_Chr_Chain": "packer/chr_building.php",
    "WH_PHP_Hidden_Superglobal": "china_chopper/obf_split_superglobal.php",
    "WH_PHP_Globals_Function_Table": "packer/globals_hex_array.php",
    "WH_PHP_Create_Function_Fragments": "b374k/b374k_3x_packed.php",
    "WH_PHP_Include_Disguised_Path": "generic/wp_config_ico_include.php",
    "WH_PHP_Include_Data_File_Stub": "generic/include_data_file_stub.php",
    "WH_PHP_Marked_Injection_Block": "generic/marked_injection_iframe_obf.php",
    "WH_PHP_Eval_Dynamic_Call_Chain": "packer/obfuscator_char_pick.php",
    "WH_PHP_Code_In_Image": "polyglot/png_text_chunk.png",
    "WH_PHP_Open_Tag_In_Image": "polyglot/gif_header_shell.gif",
    "WH_PHP_Script_In_Non_Script_File": "polyglot/shell_in_txt.txt",
}

#: heuristic combo -> a sample it must fire on.
COMBO_EXPECTED: dict[str, str] = {
    "WH-H-PHP-238": "cmdshell/dl_dropped_extension.php",
    "WH-H-PHP-239": "cmdshell/dl_extension_obf_packed.php",
    "WH-H-PHP-240": "cmdshell/attribute_callback_nested_obf.php",
    "WH-H-PHP-242": "generic/wp_admin_sql_capability_row.php",
    "WH-H-PHP-241": "generic/login_password_mail_drop.php",
    "WH-H-PHP-243": "generic/shared_host_neighbour_probe.php",
    "WH-H-PHP-264": "cmdshell/pcra_closure_passthru.php",
    "WH-H-PHP-263": "generic/self_append_curl_loader_nested_obf.php",
    "WH-H-PHP-251": "uploader/shell_generator_buffer_fwrite_obf.php",
    "WH-H-PHP-234": "packer/computed_lambda_arith_obf.php",
    "WH-H-PHP-235": "packer/lambda_escape_body_nested_obf.php",
    "WH-H-PHP-236": "cmdshell/xslt_register_assert_header_obf.php",
    "WH-H-PHP-237": "wso/shell_farm_php_eval_nested_obf.php",
    "WH-H-PHP-225": "generic/windows_dropper_scr_hex_obf.php",
    "WH-H-PHP-228": "generic/remote_loader_context_nested_obf.php",
    "WH-H-PHP-226": "generic/config_dump_nested_obf.php",
    "WH-H-PHP-227": "cmdshell/pcntl_exec_sh_nested_obf.php",
    "WH-H-PHP-001": "china_chopper/cookie_eval.php",
    "WH-H-PHP-002": "cmdshell/passthru_request.php",
    "WH-H-PHP-003": "generic/include_request_rfi.php",
    "WH-H-PHP-004": "packer/include_data_uri.php",
    "WH-H-PHP-040": "packer/include_data_request.php",
    "WH-H-PHP-005": "packer/create_function_b64.php",
    "WH-H-PHP-006": "china_chopper/obf_superglobal_call.php",
    "WH-H-PHP-007": "china_chopper/obf_strrev.php",
    "WH-H-PHP-008": "china_chopper/obf_urldecode.php",
    "WH-H-PHP-009": "cmdshell/obf_var_func_system.php",
    "WH-H-PHP-010": "generic/plugin_header_backdoor.php",
    "WH-H-PHP-012": "packer/gzinflate_b64_literal.php",
    "WH-H-PHP-013": "packer/assert_string_b64.php",
    "WH-H-PHP-014": "packer/uudecode.php",
    "WH-H-PHP-015": "packer/preg_replace_e.php",
    "WH-H-PHP-016": "packer/preg_replace_e_request.php",
    "WH-H-PHP-017": "antsword/ant_obf_comments.php",
    "WH-H-PHP-018": "generic/htaccess_prepend_target.php",
    "WH-H-PHP-019": "uploader/simple_move_uploaded.php",
    "WH-H-PHP-020": "uploader/put_contents_post.php",
    "WH-H-PHP-021": "uploader/obf_input_stream_writer.php",
    "WH-H-PHP-022": "mailer/bcc_header_injection_mailer.php",
    "WH-H-PHP-023": "regeorg/tunnel_classic.php",
    "WH-H-PHP-024": "filesman/mini_filesman.php",
    "WH-H-PHP-025": "c99/c99_rebranded.php",
    "WH-H-PHP-026": "godzilla/godzilla_xor_raw.php",
    "WH-H-PHP-027": "behinder/behinder_v4_aes_b64.php",
    "WH-H-PHP-028": "china_chopper/obf_variable_variable.php",
    "WH-H-PHP-029": "cmdshell/obf_ua_trigger.php",
    "WH-H-PHP-030": "packer/globals_hex_array.php",
    "WH-H-PHP-031": "weevely/legacy_cookie_agent.php",
    "WH-H-PHP-032": "c99/c99_classic.php",
    "WH-H-PHP-033": "generic/htaccess_prepend_target.php",
    "WH-H-PHP-034": "generic/index_injected_cookie.php",
    "WH-H-PHP-035": "cmdshell/exec_lines.php",
    "WH-H-PHP-036": "packer/usort_callback.php",
    "WH-H-PHP-037": "uploader/stealth_uploader_404.php",
    "WH-H-PHP-038": "cmdshell/multi_fallback.php",
    "WH-H-PHP-039": "packer/xor_literal_key.php",
    "WH-H-PHP-041": "packer/chr_building.php",
    "WH-H-PHP-042": "china_chopper/obf_array_map.php",
    "WH-H-PHP-043": "china_chopper/obf_create_function_body.php",
    "WH-H-PHP-044": "packer/extract_cookie_exec.php",
    "WH-H-PHP-045": "china_chopper/getallheaders_eval.php",
    "WH-H-PHP-046": "generic/joomla_style_injected.php",
    "WH-H-PHP-047": "cmdshell/name_in_variable.php",
    "WH-H-PHP-048": "uploader/obf_input_stream_writer.php",
    "WH-H-PHP-049": "uploader/include_uploaded_tmp.php",
    "WH-H-PHP-053": "packer/xor_literal_key.php",
    "WH-H-PHP-054": "packer/helper_decoder_function.php",
    "WH-H-PHP-055": "cmdshell/multi_fallback.php",
    "WH-H-PHP-056": "packer/obfuscator_char_pick.php",
    "WH-H-PHP-057": "r57/r57_packed_base64.php",
    "WH-H-PHP-058": "packer/extract_request_call.php",
    "WH-H-PHP-059": "packer/parse_str_query.php",
    "WH-H-PHP-060": "packer/underscore_names_call.php",
    "WH-H-PHP-061": "china_chopper/compare_callback.php",
    "WH-H-PHP-062": "uploader/sql_dumpfile.php",
    "WH-H-PHP-063": "packer/highbyte_names_eval.php",
    "WH-H-PHP-064": "uploader/decoded_dropper.php",
    "WH-H-PHP-065": "cmdshell/ffi_libc_system.php",
    "WH-H-PHP-066": "cmdshell/ld_preload_mail_bypass.php",
    "WH-H-PHP-067": "cmdshell/imap_open_proxycommand.php",
    "WH-H-PHP-068": "cmdshell/xslt_php_function.php",
    "WH-H-PHP-069": "uploader/bot_download_and_run.php",
    "WH-H-PHP-070": "generic/wp_login_as_first_admin.php",
    "WH-H-PHP-071": "uploader/regex_mass_rewrite.php",
    "WH-H-PHP-072": "packer/key_gated_encrypted_eval.php",
    "WH-H-PHP-073": "cmdshell/com_wscript_shell.php",
    "WH-H-PHP-074": "cmdshell/com_wscript_shell.php",
    "WH-H-PHP-075": "cmdshell/reverse_shell_socket.php",
    "WH-H-PHP-076": "cmdshell/devtcp_exec.php",
    "WH-H-PHP-077": "packer/char_pick_class_call.php",
    "WH-H-PHP-078": "generic/login_password_logger.php",
    "WH-H-PHP-079": "generic/wp_admin_creator.php",
    "WH-H-PHP-080": "filesman/hex_name_table.php",
    "WH-H-PHP-081": "generic/checkout_skimmer_log.php",
    "WH-H-PHP-082": "mailer/cpanel_smtp_account.php",
    "WH-H-PHP-083": "packer/split_location_header.php",
    "WH-H-PHP-084": "generic/fetched_code_temp_include.php",
    "WH-H-PHP-085": "antsword/client_payload_info.php",
    "WH-H-PHP-086": "cmdshell/shellshock_env_mail.php",
    "WH-H-PHP-087": "cmdshell/exim_run_expansion_mail.php",
    "WH-H-PHP-088": "uploader/htaccess_cgi_handler_writer.php",
    "WH-H-PHP-089": "cmdshell/dl_extension_request_call.php",
    "WH-H-PHP-090": "generic/yaml_tag_callback_exec.php",
    "WH-H-PHP-091": "generic/wp_hidden_admin_plugin.php",
    "WH-H-PHP-092": "packer/stream_filter_inflate_eval.php",
    "WH-H-PHP-093": "uploader/mail_sendmail_log_dropper.php",
    "WH-H-PHP-094": "regeorg/nonblocking_frame_relay.php",
    "WH-H-PHP-095": "filesman/base64_params_browser.php",
    "WH-H-PHP-096": "regeorg/queue_file_socket_relay.php",
    "WH-H-PHP-097": "generic/mail_beacon_server_paths.php",
    "WH-H-PHP-098": "generic/compress_wrapper_copy_reader.php",
    "WH-H-PHP-120": "generic/curl_file_scheme_viewer.php",
    "WH-H-PHP-230": "generic/curl_init_file_nul_reader.php",
    "WH-H-PHP-231": "generic/imap_empty_login_file_reader.php",
    "WH-H-PHP-117": "filesman/request_path_browser_download.php",
    "WH-H-PHP-118": "generic/link_rewriting_fetch_proxy.php",
    "WH-H-PHP-099": "generic/account_config_password_harvest.php",
    "WH-H-PHP-130": "generic/wp-content/plugins/perf-tools/staff-view.php",
    "WH-H-PHP-131": "generic/wp-content/plugins/perf-tools/session-bridge.php",
    "WH-H-PHP-132": "generic/card_code_kept_in_dotfile.php",
    "WH-H-PHP-133": "generic/card_details_mailed_obf.php",
    "WH-H-PHP-134": "generic/login_relay_remote_fetch.php",
    "WH-H-PHP-135": "cmdshell/dropper_download_chmod_run.php",
    "WH-H-PHP-136": "generic/form_fields_b64_relay_obf.php",
    "WH-H-PHP-137": "generic/doorway_remote_template.php",
    "WH-H-PHP-138": "generic/cloak_search_bots_obf.php",
    "WH-H-PHP-139": "generic/search_referrer_spam_redirect.php",
    "WH-H-PHP-100": "generic/account_list_dump.php",
    "WH-H-PHP-101": "generic/mail_beacon_self_url_uname.php",
    "WH-H-PHP-102": "generic/b64_python_helper_dropper.php",
    "WH-H-PHP-103": "packer/inflate_param_view_eval.php",
    "WH-H-PHP-104": "packer/array_text_letter_steps.php",
    "WH-H-PHP-105": "cmdshell/socket_accept_command_loop.php",
    "WH-H-PHP-106": "cmdshell/shell_stdin_pipe_script.php",
    "WH-H-PHP-107": "cmdshell/exec_strategy_popen_class.php",
    "WH-H-PHP-108": "cmdshell/exec_strategy_fallback_bootstrap.php",
    "WH-H-PHP-050": "c99/c99_packed_gzinflate.php",
    "WH-H-PHP-051": "packer/octal_escapes.php",
    "WH-H-PHP-052": "cmdshell/disable_functions_probe.php",
    "WH-H-PHP-113": "cmdshell/plugin_action_request_object_cmd.php",
    "WH-H-PHP-114": "generic/shop_admin_creator_self_delete.php",
    "WH-H-PHP-115": "generic/self_deleting_auto_login.php",
    "WH-H-PHP-116": "generic/cloaked_lookup_tool_fake_404.php",
    "WH-H-PHP-121": "filesman/request_path_lister_reader.php",
    "WH-H-PHP-128": "generic/basedir_warning_path_oracle.php",
    "WH-H-PHP-129": "generic/udp_deadline_flooder.php",
    "WH-H-PHP-172": "generic/slow_headers_tcp_flood.php",
    "WH-H-PHP-119": "generic/sandbox_directive_restore.php",
    "WH-H-PHP-109": "generic/config_grabber_home_walk.php",
    "WH-H-PHP-110": "mailer/address_file_list_mailer.php",
    "WH-H-PHP-122": "packer/obf_highbyte_helper_varcall_eval.php",
    "WH-H-PHP-111": "generic/ini_restrictions_off_dropper.php",
    "WH-H-PHP-112": "generic/account_list_basic_auth_cracker.php",
    "WH-H-PHP-123": "generic/secret_file_list_dumper.php",
    "WH-H-PHP-140": "uploader/shell_generator_escaped_writer.php",
    "WH-H-PHP-141": "generic/symlink_root_into_webroot.php",
    "WH-H-PHP-142": "generic/port_scanner_request_host.php",
    "WH-H-PHP-143": "generic/symlink_htaccess_source_as_text_obf.php",
    "WH-H-PHP-144": "generic/mass_deface_site_index_obf.php",
    "WH-H-PHP-145": "generic/traffic_doorway_visitor_post_obf.php",
    "WH-H-PHP-154": "generic/mass_defacer_walk_index.php",
    "WH-H-PHP-155": "generic/checkout_card_geo_report_obf.php",
    "WH-H-PHP-156": "generic/login_report_geo_posted.php",
    "WH-H-PHP-157": "generic/cookie_card_forward_hex_url_obf.php",
    "WH-H-PHP-158": "generic/wp_mu_plugin_init_admin.php",
    "WH-H-PHP-163": "generic/wp-content/plugins/seo-booster/link-exchange.php",
    "WH-H-PHP-159": "generic/undead_self_rewrite_loop.php",
    "WH-H-PHP-160": "packer/keyed_xor_hex_page_eval_obf.php",
    "WH-H-PHP-161": "generic/login_gate_password_mail_watcher.php",
    "WH-H-PHP-170": "generic/wp_init_login_named_account.php",
    "WH-H-PHP-171": "mailer/phish_result_card_pin_mail.php",
    "WH-H-PHP-176": "packer/self_whitespace_loader.php",
    "WH-H-PHP-177": "generic/hangul_filler_call_packed.php",
    "WH-H-PHP-178": "generic/suid_secret_probe.php",
    "WH-H-PHP-164": "generic/trace_wiper_command_list.php",
    "WH-H-PHP-165": "cmdshell/socket_finder_client_port_obf.php",
    "WH-H-PHP-166": "wso/remote_call_controller.php",
    "WH-H-PHP-173": "generic/shell_loop_b64_dropper.php",
    "WH-H-PHP-174": "generic/infector_prepend_walk.php",
    "WH-H-PHP-175": "generic/trojan_append_decoded_packed.php",
    "WH-H-PHP-179": "generic/resident_beacon_posting.php",
    "WH-H-PHP-180": "packer/reversed_name_table_obf.php",
    "WH-H-PHP-202": "packer/keyed_header_locked_eval.php",
    "WH-H-PHP-203": "generic/theme_infector_redated_obf.php",
    "WH-H-PHP-204": "generic/http_flood_counted.php",
    "WH-H-PHP-205": "generic/skimmer_loader_fragment_names_obf.php",
    "WH-H-PHP-206": "generic/entry_script_remote_script.php",
    "WH-H-PHP-207": "packer/hex_spelled_eval_packed.php",
    "WH-H-PHP-190": "packer/decoded_compiled_split_call_packed.php",
    "WH-H-PHP-191": "packer/keyed_cipher_cookie_compiled_obf.php",
}

DETECTED = 40  # medium: what a benign file must stay below
WEAK_MAX = 25  # hints that must never reach medium on their own


def _yar_files() -> list[Path]:
    return sorted(YARA_DIR.glob("php_*.yar"))


def _externals(name: str, filetype: str = "") -> dict[str, str]:
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if not filetype:
        filetype = "php" if ext in SCRIPT_EXTENSIONS else "other"
    return {"filename": name, "filepath": name, "extension": ext, "filetype": filetype, "owner": ""}


@cache
def _compiled(path: Path) -> yara.Rules:
    return yara.compile(filepath=str(path), externals=dict.fromkeys(EXTERNALS, ""))


def _rule_names(path: Path) -> list[str]:
    return re.findall(r"^rule\s+(\w+)", path.read_text(encoding="utf-8"), flags=re.MULTILINE)


def _rule_file() -> dict[str, Path]:
    return {name: path for path in _yar_files() for name in _rule_names(path)}


def _matches(path: Path, sample: Path) -> dict[str, dict[str, object]]:
    hits = _compiled(path).match(data=sample.read_bytes(), externals=_externals(sample.name))
    return {m.rule: dict(m.meta) for m in hits}


@cache
def _heuristics() -> HeuristicSet:
    return parse_heuristics(PHP_TOML.read_text(encoding="utf-8"), str(PHP_TOML))


def _benign_files() -> list[Path]:
    return sorted(p for p in BENIGN.rglob("*") if p.is_file())


def test_there_are_php_rule_files() -> None:
    names = {p.name for p in _yar_files()}
    assert {"php_oneliners.yar", "php_managers.yar", "php_encrypted.yar", "php_tunnels.yar"} <= names
    assert {"php_mailers_uploaders.yar", "php_obfuscation.yar", "php_polyglot.yar"} <= names


@pytest.mark.parametrize("path", _yar_files(), ids=lambda p: p.name)
def test_each_rule_file_compiles_alone(path: Path) -> None:
    rules = _compiled(path)
    assert len(list(rules)) == len(_rule_names(path)) > 0


@pytest.mark.parametrize("path", _yar_files(), ids=lambda p: p.name)
def test_rules_follow_the_conventions(path: Path) -> None:
    for rule in _compiled(path):
        where = f"{path.name}:{rule.identifier}"
        assert rule.identifier.startswith("WH_PHP_"), where
        meta = dict(rule.meta)
        assert isinstance(meta.get("description"), str) and len(str(meta["description"])) > 15, where
        score = meta.get("score")
        assert isinstance(score, int) and 0 < score <= 100, where
        assert meta.get("family") in FAMILIES, where
        assert meta.get("language") in {"php", "any"}, where


def test_every_rule_has_an_expected_sample() -> None:
    defined = set(_rule_file())
    assert set(YARA_EXPECTED) == defined, (
        f"missing samples for {sorted(defined - set(YARA_EXPECTED))}, "
        f"stale entries {sorted(set(YARA_EXPECTED) - defined)}"
    )


@pytest.mark.parametrize(("rule", "sample"), sorted(YARA_EXPECTED.items()))
def test_rule_matches_its_sample(rule: str, sample: str) -> None:
    path = _rule_file()[rule]
    hits = _matches(path, SAMPLES / sample)
    assert rule in hits, f"{rule} ({path.name}) does not match {sample}; matched {sorted(hits)}"


@pytest.mark.parametrize("sample", _benign_files(), ids=lambda p: p.name)
def test_no_strong_rule_matches_a_benign_lookalike(sample: Path) -> None:
    strong = {
        rule: meta["score"]
        for path in _yar_files()
        for rule, meta in _matches(path, sample).items()
        if isinstance(meta.get("score"), int) and int(str(meta["score"])) >= DETECTED
    }
    assert not strong, f"{sample.name}: {strong}"


def test_non_script_rule_needs_a_non_script_extension() -> None:
    path = YARA_DIR / "php_polyglot.yar"
    shell = (SAMPLES / "polyglot" / "shell_in_txt.txt").read_bytes()
    as_txt = _compiled(path).match(data=shell, externals=_externals("notes.txt"))
    as_php = _compiled(path).match(data=shell, externals=_externals("notes.php"))
    unknown = _compiled(path).match(data=shell, externals=dict.fromkeys(EXTERNALS, ""))
    assert "WH_PHP_Script_In_Non_Script_File" in {m.rule for m in as_txt}
    assert "WH_PHP_Script_In_Non_Script_File" not in {m.rule for m in as_php}
    assert "WH_PHP_Script_In_Non_Script_File" not in {m.rule for m in unknown}
    # documentation that quotes PHP after its prose is not a script kept for inclusion
    doc = b"Filter.ExtractStyleBlocks\nTYPE: bool\n--DESCRIPTION--\nUse it like this:\n\n" + shell
    assert "WH_PHP_Script_In_Non_Script_File" not in {
        m.rule for m in _compiled(path).match(data=doc, externals=_externals("notes.txt"))
    }
    # the build template of a PHP script is PHP source; another name ending in .in is not
    for name, expected in (("util.php.in", False), ("config.inc.php.dist", False), ("notes.txt.in", True)):
        hits = {m.rule for m in _compiled(path).match(data=shell, externals=_externals(name))}
        assert ("WH_PHP_Script_In_Non_Script_File" in hits) is expected, name


def test_chr_chain_means_printable_characters() -> None:
    path = YARA_DIR / "php_obfuscation.yar"
    hidden = "<?php $f = " + " . ".join(f"chr({ord(c)})" for c in "shell_exec_cmd") + ";"
    latin1 = "<?php $in = " + " . ".join(f"chr({n})" for n in range(192, 207)) + ";"
    rules = _compiled(path)
    assert "WH_PHP_Chr_Chain" in {m.rule for m in rules.match(data=hidden, externals=_externals("x.php"))}
    assert "WH_PHP_Chr_Chain" not in {m.rule for m in rules.match(data=latin1, externals=_externals("x.php"))}


def test_heuristic_ids_are_stable_and_unique() -> None:
    hset = _heuristics()
    assert hset.language == "php"
    ids = [c.id for c in hset.combos]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"WH-H-PHP-\d{3}", i) for i in ids), ids
    assert all(t.id.startswith("php.") for t in hset.tokens)


def test_every_combo_has_an_expected_sample() -> None:
    defined = {c.id for c in _heuristics().combos}
    assert set(COMBO_EXPECTED) == defined, (
        f"missing samples for {sorted(defined - set(COMBO_EXPECTED))}, "
        f"stale entries {sorted(set(COMBO_EXPECTED) - defined)}"
    )


@pytest.mark.parametrize(("combo", "sample"), sorted(COMBO_EXPECTED.items()))
def test_combo_fires_on_its_sample(combo: str, sample: str) -> None:
    found = {r.id for r in evaluate(_heuristics(), Document((SAMPLES / sample).read_bytes()))}
    assert combo in found, f"{combo} does not fire on {sample}; fired {sorted(found)}"


@pytest.mark.parametrize("sample", _benign_files(), ids=lambda p: p.name)
def test_heuristics_keep_benign_lookalikes_below_medium(sample: Path) -> None:
    reasons = evaluate(_heuristics(), Document(sample.read_bytes()))
    strong = [(r.id, r.score, r.line) for r in reasons if r.score >= DETECTED]
    assert not strong, f"{sample.name}: {strong}"


def test_weak_hints_cannot_reach_medium_together() -> None:
    weak = sorted((c.score for c in _heuristics().combos if c.score < DETECTED), reverse=True)
    assert all(s <= WEAK_MAX for s in weak), weak
    # s1 + s2/2 + s3/4 ...: every weak hint of the file firing at once stays below medium
    assert sum(s / 2**i for i, s in enumerate(weak)) < DETECTED


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("<?php @eval($_POST['x']);", "WH-H-PHP-001"),
        ("<?php\n$c = $_GET['c'];\n$out = shell_exec($c);\n", "WH-H-PHP-035"),
        ("<?php\n$f = 'sy' . 'stem';\n$f($_REQUEST['q']);\n", "WH-H-PHP-009"),
        ("<?php ${'_'.'GET'}[0] ($_POST[1]);", "WH-H-PHP-060"),
        ("<?php ${_GET}[0]($_POST[1]);", "WH-H-PHP-060"),
        # a backreference in double quotes is interpolated: {${system(...)}} runs
        ("<?php $s = preg_replace('/(.*)/e', 'strtoupper(\"\\\\1\")', $_POST['x']);", "WH-H-PHP-016"),
        ("<?php $s = preg_replace('/(.*)/e', 'strtoupper(\"\\\\1\")', $s);", "WH-H-PHP-015"),
        # the group is not one character: the interpolated backreference may hold {${...}}
        ("<?php $s = preg_replace('/([^a-z]+)/e', '\"=\" . strtoupper(\"\\\\1\")', $s);", "WH-H-PHP-015"),
        # a string literal that ends in "$_ (" is text, but a call opened with a quoted argument is not
        ("<?php $_ = 'sys' . 'tem'; $_ ('id;');", "WH-H-PHP-060"),
        # the comparison callback named by a literal that runs code
        ("<?php array_uintersect_assoc(array($_POST['c'] => 1), array(1), 'assert');", "WH-H-PHP-061"),
        ("<?php if ($h = $_SERVER['HTTP_X_K']) { eval(base64_decode($h)); }", "WH-H-PHP-029"),
        # code kept in a string is still code: assert() and create_function() run it
        ("<?php assert(\"eval(base64_decode(\\$_POST['p']))\");", "WH-H-PHP-001"),
        ("<?php $f = create_function('', 'eval(base64_decode($_REQUEST[\"c\"]));'); $f();", "WH-H-PHP-005"),
        # a comment before the code, ended by the closing tag, hides nothing after it
        ("<?php // eval($_GET['x']) was here ?>\n<?php @eval($_POST['x']);", "WH-H-PHP-001"),
        # request headers read by a call (not a declared stand-in) into eval
        ("<?php $h = 1; eval(apache_request_headers()['X-Run']);", "WH-H-PHP-001"),
        ("<?php function getallheaders_x() {} eval(getallheaders()['c']);", "WH-H-PHP-001"),
        # a backreference outside single quotes, or a call that runs code, in a double-quoted replacement
        ("<?php $s = preg_replace('/(.*)/e', \"'x' . \\\"\\\\1\\\"\", $s);", "WH-H-PHP-015"),
        ("<?php $s = preg_replace('/(.*)/e', \"'\\\\1' . system('\\\\1')\", $s);", "WH-H-PHP-015"),
        ("<?php $s = preg_replace('/(.*)/e', \"'\\\\1' . $f('\\\\1')\", $s);", "WH-H-PHP-015"),
        # (sweep 43) a shell that decodes into a PHP file: tee, certutil, a loop rewriting one
        ('<?php shell_exec("echo $b | base64 --decode | tee -a /var/www/html/a.php");', "WH-H-PHP-173"),
        (
            "<?php exec('certutil -decode c:\\\\temp\\\\a.txt c:\\\\inetpub\\\\wwwroot\\\\x.php');",
            "WH-H-PHP-173",
        ),
        ("<?php passthru('while :; do cp /tmp/.s ./img/.x.php; sleep 3; done &');", "WH-H-PHP-173"),
        (
            "<?php foreach (new RecursiveIteratorIterator(new RecursiveDirectoryIterator($_SERVER['DOCUMENT_ROOT']))"
            " as $f) { $p = $f->getPathname(); if (pathinfo($p, PATHINFO_EXTENSION) === 'php')"
            " { file_put_contents($p, $x . file_get_contents($p)); } }",
            "WH-H-PHP-174",
        ),
        # (sweep 61) the stylesheet's function list names a command or code function
        ("<?php $p->registerPHPFunctions(['passthru']); $d->loadXML($_GET['x']);", "WH-H-PHP-236"),
        (
            "<?php $x = new XSLTProcessor(); $x -> registerPHPFunctions( array( 'date', '\\system' ) );"
            " $in = file_get_contents('php://input');",
            "WH-H-PHP-236",
        ),
        (
            "<?php $q = http_build_query(array('a' => 'Console', 'p1' => $_POST['c'], 'pass' => $k));",
            "WH-H-PHP-237",
        ),
        (
            "<?php $q = ['p1' => trim($_GET['code']), 'a' => 'Php']; curl_setopt($h, CURLOPT_POSTFIELDS, $q);",
            "WH-H-PHP-237",
        ),
        ("<?php dl('../../../../var/tmp/php_ext.so');", "WH-H-PHP-238"),
        ("<?php @dl($_GET['ext']);", "WH-H-PHP-238"),
        ('<?php DL ( "/tmp/x.so" );', "WH-H-PHP-238"),
    ],
)
def test_small_variants_fire(code: str, expected: str) -> None:
    assert expected in {r.id for r in evaluate(_heuristics(), Document(code.encode()))}


@pytest.mark.parametrize(
    "code",
    [
        "<?php eval('?>' . $compiled);",
        "<?php exec('convert ' . escapeshellarg($_FILES['f']['tmp_name']) . ' out.png');",
        "<?php $ids = array_map('intval', (array) $_POST['ids']);",
        "<?php\n$c = $_GET['c'];\nexec('ls ' . escapeshellarg($c));\n",
        "<?php\n/* Add magic quotes and set up $_REQUEST ( $_GET + $_POST ). */\nwp_magic_quotes();\n",
        # a string's interpolation followed by text in brackets is not a call
        "<?php $name = \"$self ${conf['meta_designator']} ($n sources)\";",
        # documentation of a parser showing static calls through variables
        "<?php\n/**\n * Foo::${BAR}();\n * Foo::$${BAR}();\n * Foo::$$$bar();\n */\n",
        # a type assertion next to bytes picked by index
        "<?php assert($this->gen instanceof UnixTimeGenerator);\n$v6 = $b[6] . $b[7] . $b[4] . $b[5] . $b[0] . $b[1];",
        # a protocol buffer decoded into a memory stream
        "<?php $stream = fopen('php://temp', 'r+'); fwrite($stream, base64_decode($uri)); rewind($stream);",
        # eval of a configuration constant beside a forwarded-for lookup
        "<?php $allowed = eval(strtolower(PSI_ALLOWED));\n$ip = $_SERVER['HTTP_X_FORWARDED_FOR'];",
        # a scanner's rule table: patterns and sentences about calls are data, not calls
        "<?php $rules = ['/eval\\s*\\(\\s*base64_decode\\s*\\(/i' => 'eval(base64_decode(...)) found, packed code',"
        " '/\\b(system|exec)\\s*\\(\\s*\\$_(GET|POST)/i' => 'Request input ($_GET/$_POST) run as a command.',"
        " '/file_put_contents\\s*\\(.*base64_decode/i' => 'file_put_contents() with decoded data',"
        " '/create_function\\s*\\(/i' => 'create_function() detected, deprecated'];",
        # old mail code encoding each 8-bit character captured alone, with string functions
        "<?php $r = preg_replace('/([\\x80-\\xFF])/e',\n  '\"=\" .\n  strtoupper(dechex(ord(\"\\1\")))',\n  $value);",
        # a debug dump of a node's children as text
        "<?php if (count($this->_) > 0) { $string .= ' $_ ('; }",
        # request headers compared with configured patterns by the application's own function
        "<?php if (count(array_uintersect_assoc(apache_request_headers(), $rules, 'compare_val_with_re'))) { $x = 1; }",
        # a comment naming the joined-name trick next to a decoder table called by name
        "<?php\n// \"ev\".\"al\" and 'sys'.'tem' are folded first\n$fn = $decoders[$i];\n$value = $fn($value);\n",
        # a stand-in for a missing header function, declared through eval of a literal
        "<?php if (!function_exists('apache_request_headers')) { eval('\n function apache_request_headers() {\n"
        " foreach ($_SERVER as $k => $v) { $o[$k] = $v; } return $o; }'); }",
        "<?php eval('function &getallheaders() { return $_SERVER; }');",
        # each backreference in a single-quoted literal of the evaluated code, with string functions
        "<?php return preg_replace('/[a-z]/ie', \"'[\\\\0' . strtoupper('\\\\0') . ']'\", strtolower($s));",
        "<?php $t = preg_replace('#<(\\w+)>#e', \"'<' . strtolower('\\\\1') . '>'\", $t);",
        # (sweep 43) a dump decoded by the shell into a data file; one file given a header; a worker
        # that keeps posting heartbeats but does not delete itself; a chunk appended to an image
        "<?php exec('base64 -d ' . escapeshellarg($in) . ' > ' . escapeshellarg($dir . '/dump.sql'));",
        "<?php file_put_contents($cfg, $header . file_get_contents($cfg));",
        "<?php ignore_user_abort(true); while (true) { $c = curl_init($u);"
        " curl_setopt($c, CURLOPT_POSTFIELDS, http_build_query($beat)); curl_exec($c); sleep(60); }",
        "<?php $img = 'uploads/a.png'; file_put_contents($img, base64_decode($chunk), FILE_APPEND);",
        # (sweep 61) string helpers open to a stylesheet; a panel asking its own server for a fixed
        # console word; an open processor whose list is a variable
        "<?php $p->registerPHPFunctions(['htmlspecialchars', 'sprintf']); $id = (int) $_GET['id'];",
        "<?php $p->registerPHPFunctions($helpers); $id = $_GET['id'];",
        "<?php $b = http_build_query(['a' => 'Console', 'p1' => 'status', 'id' => (int) $_POST['s']]);",
        # an extension loaded by its bare name from extension_dir; a method named dl
        "<?php @dl('php_' . $ext . '.' . PHP_SHLIB_SUFFIX) || @dl($ext . '.so');",
        "<?php $client->dl('/tmp/report.csv'); Downloader::dl($_GET['file']);",
    ],
)
def test_near_misses_stay_quiet(code: str) -> None:
    reasons = evaluate(_heuristics(), Document(code.encode()))
    assert all(r.score < DETECTED for r in reasons), [(r.id, r.score) for r in reasons]


def test_sample_families_are_known_and_obfuscation_is_well_represented() -> None:
    files = [p for p in SAMPLES.rglob("*") if p.is_file()]
    assert len(files) >= 100
    assert {p.relative_to(SAMPLES).parts[0] for p in files} <= FAMILIES
    evasive = [p for p in files if re.search(r"obf|packed|nested|agent_obfpost", p.name) or
               p.relative_to(SAMPLES).parts[0] == "packer"]  # fmt: skip
    assert len(evasive) * 3 >= len(files)
