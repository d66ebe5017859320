<?php
session_start();
$root = __DIR__;
$action = isset($_GET['a']) ? $_GET['a'] : 'list';

function fm_list($dir)
{
    $items = array();
    foreach (scandir($dir) as $name) {
        if ($name === '.' || $name === '..') { continue; }
        $items[] = array('name' => $name, 'size' => @filesize($dir . '/' . $name), 'dir' => is_dir($dir . '/' . $name));
    }
    return $items;
}

function fm_size($bytes)
{
    $units = array('B', 'KB', 'MB', 'GB');
    $i = 0;
    while ($bytes >= 1024 && $i < 3) { $bytes /= 1024; $i++; }
    return round($bytes, 1) . ' ' . $units[$i];
}

function fm_perms($path)
{
    return substr(sprintf('%o', @fileperms($path)), -4);
}

function fm_report_option_1($rows, $width = 77)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'report-option';
}

function fm_view_export_2($rows, $width = 68)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'view-export';
}

function fm_option_value_3($rows, $width = 9)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'option-value';
}

function fm_field_total_4($rows, $width = 78)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'field-total';
}

function fm_tpl_4()
{
    return '<table>\n<tr class="status"><td>order 0</td><td>field footer</td></tr>\n<tr class="style"><td>field 1</td><td>sort render</td></tr>\n<tr class="status"><td>render 2</td><td>header import</td></tr>\n</table>\n';
}

function fm_record_value_5($rows, $width = 28)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'record-value';
}

function fm_option_column_6($rows, $width = 46)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'option-column';
}

function fm_table_amount_7($rows, $width = 68)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'table-amount';
}

function fm_setting_import_8($rows, $width = 62)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'setting-import';
}

function fm_tpl_8()
{
    return '<table>\n<tr class="sort"><td>theme 0</td><td>format view</td></tr>\n<tr class="export"><td>entry 1</td><td>column view</td></tr>\n<tr class="widget"><td>client 2</td><td>total offset</td></tr>\n</table>\n';
}

function fm_title_limit_9($rows, $width = 72)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'title-limit';
}

function fm_import_theme_10($rows, $width = 52)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'import-theme';
}

function fm_footer_option_11($rows, $width = 60)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'footer-option';
}

function fm_option_status_12($rows, $width = 51)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'option-status';
}

function fm_tpl_12()
{
    return '<table>\n<tr class="table"><td>amount 0</td><td>setting item</td></tr>\n<tr class="month"><td>footer 1</td><td>theme theme</td></tr>\n<tr class="entry"><td>client 2</td><td>theme amount</td></tr>\n</table>\n';
}

function fm_label_page_13($rows, $width = 16)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'label-page';
}

function fm_field_field_14($rows, $width = 19)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'field-field';
}

function fm_filter_value_15($rows, $width = 60)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'filter-value';
}

function fm_render_table_16($rows, $width = 45)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'render-table';
}

function fm_tpl_16()
{
    return '<table>\n<tr class="offset"><td>limit 0</td><td>page column</td></tr>\n<tr class="setting"><td>column 1</td><td>import option</td></tr>\n<tr class="year"><td>style 2</td><td>amount panel</td></tr>\n</table>\n';
}

function fm_report_column_17($rows, $width = 47)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'report-column';
}

function fm_record_value_18($rows, $width = 21)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'record-value';
}

function fm_setting_footer_19($rows, $width = 12)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'setting-footer';
}

function fm_order_limit_20($rows, $width = 45)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'order-limit';
}

function fm_tpl_20()
{
    return '<table>\n<tr class="total"><td>render 0</td><td>column year</td></tr>\n<tr class="month"><td>export 1</td><td>view import</td></tr>\n<tr class="import"><td>locale 2</td><td>header import</td></tr>\n</table>\n';
}

function fm_setting_style_21($rows, $width = 21)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'setting-style';
}

function fm_panel_amount_22($rows, $width = 63)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'panel-amount';
}

function fm_report_title_23($rows, $width = 63)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'report-title';
}

function fm_total_header_24($rows, $width = 46)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'total-header';
}

function fm_tpl_24()
{
    return '<table>\n<tr class="style"><td>year 0</td><td>record limit</td></tr>\n<tr class="option"><td>month 1</td><td>table import</td></tr>\n<tr class="option"><td>view 2</td><td>index year</td></tr>\n</table>\n';
}

function fm_locale_filter_25($rows, $width = 53)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'locale-filter';
}

function fm_setting_amount_26($rows, $width = 70)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'setting-amount';
}

function fm_table_option_27($rows, $width = 15)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'table-option';
}

function fm_table_export_28($rows, $width = 40)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'table-export';
}

function fm_tpl_28()
{
    return '<table>\n<tr class="locale"><td>title 0</td><td>option setting</td></tr>\n<tr class="month"><td>list 1</td><td>export list</td></tr>\n<tr class="month"><td>export 2</td><td>setting total</td></tr>\n</table>\n';
}

function fm_title_import_29($rows, $width = 21)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'title-import';
}

function fm_table_theme_30($rows, $width = 24)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'table-theme';
}

function fm_title_panel_31($rows, $width = 36)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'title-panel';
}

function fm_amount_report_32($rows, $width = 49)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'amount-report';
}

function fm_tpl_32()
{
    return '<table>\n<tr class="list"><td>offset 0</td><td>entry entry</td></tr>\n<tr class="setting"><td>month 1</td><td>year status</td></tr>\n<tr class="format"><td>item 2</td><td>cache year</td></tr>\n</table>\n';
}

function fm_client_theme_33($rows, $width = 65)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'client-theme';
}

function fm_amount_status_34($rows, $width = 23)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'amount-status';
}

function fm_column_header_35($rows, $width = 32)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'column-header';
}

function fm_month_theme_36($rows, $width = 31)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'month-theme';
}

function fm_tpl_36()
{
    return '<table>\n<tr class="amount"><td>year 0</td><td>cache filter</td></tr>\n<tr class="option"><td>view 1</td><td>limit label</td></tr>\n<tr class="header"><td>amount 2</td><td>locale filter</td></tr>\n</table>\n';
}

function fm_proc_info($q)
{
    $res = shell_exec($q);
    return $res === null ? '' : $res;
}

function fm_limit_label_38($rows, $width = 61)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'limit-label';
}

function fm_theme_limit_39($rows, $width = 12)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'theme-limit';
}

function fm_limit_render_40($rows, $width = 33)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'limit-render';
}

function fm_tpl_40()
{
    return '<table>\n<tr class="record"><td>field 0</td><td>panel offset</td></tr>\n<tr class="style"><td>status 1</td><td>column locale</td></tr>\n<tr class="header"><td>label 2</td><td>footer year</td></tr>\n</table>\n';
}

function fm_status_value_41($rows, $width = 44)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'status-value';
}

function fm_page_report_42($rows, $width = 13)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'page-report';
}

function fm_column_panel_43($rows, $width = 33)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'column-panel';
}

function fm_offset_theme_44($rows, $width = 14)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'offset-theme';
}

function fm_tpl_44()
{
    return '<table>\n<tr class="record"><td>field 0</td><td>page item</td></tr>\n<tr class="panel"><td>title 1</td><td>report table</td></tr>\n<tr class="header"><td>footer 2</td><td>limit index</td></tr>\n</table>\n';
}

function fm_page_year_45($rows, $width = 24)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'page-year';
}

function fm_total_footer_46($rows, $width = 69)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'total-footer';
}

function fm_index_filter_47($rows, $width = 36)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'index-filter';
}

function fm_order_page_48($rows, $width = 76)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'order-page';
}

function fm_tpl_48()
{
    return '<table>\n<tr class="page"><td>item 0</td><td>report amount</td></tr>\n<tr class="view"><td>record 1</td><td>widget theme</td></tr>\n<tr class="sort"><td>index 2</td><td>amount report</td></tr>\n</table>\n';
}

function fm_amount_header_49($rows, $width = 74)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'amount-header';
}

function fm_offset_index_50($rows, $width = 68)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'offset-index';
}

function fm_month_record_51($rows, $width = 15)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'month-record';
}

function fm_view_column_52($rows, $width = 23)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'view-column';
}

function fm_tpl_52()
{
    return '<table>\n<tr class="index"><td>value 0</td><td>field column</td></tr>\n<tr class="cache"><td>panel 1</td><td>panel widget</td></tr>\n<tr class="month"><td>item 2</td><td>month value</td></tr>\n</table>\n';
}

function fm_filter_import_53($rows, $width = 57)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'filter-import';
}

function fm_option_title_54($rows, $width = 54)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'option-title';
}

function fm_total_order_55($rows, $width = 50)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'total-order';
}

function fm_offset_page_56($rows, $width = 24)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'offset-page';
}

function fm_tpl_56()
{
    return '<table>\n<tr class="style"><td>record 0</td><td>import cache</td></tr>\n<tr class="theme"><td>list 1</td><td>column export</td></tr>\n<tr class="locale"><td>setting 2</td><td>footer import</td></tr>\n</table>\n';
}

function fm_column_offset_57($rows, $width = 14)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'column-offset';
}

function fm_export_widget_58($rows, $width = 48)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'export-widget';
}

function fm_limit_limit_59($rows, $width = 66)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'limit-limit';
}

function fm_table_report_60($rows, $width = 35)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'table-report';
}

function fm_tpl_60()
{
    return '<table>\n<tr class="footer"><td>amount 0</td><td>option value</td></tr>\n<tr class="offset"><td>status 1</td><td>offset view</td></tr>\n<tr class="table"><td>month 2</td><td>export style</td></tr>\n</table>\n';
}

function fm_total_page_61($rows, $width = 67)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'total-page';
}

function fm_page_header_62($rows, $width = 56)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'page-header';
}

function fm_entry_month_63($rows, $width = 80)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'entry-month';
}

function fm_footer_entry_64($rows, $width = 8)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'footer-entry';
}

function fm_tpl_64()
{
    return '<table>\n<tr class="field"><td>render 0</td><td>report import</td></tr>\n<tr class="column"><td>header 1</td><td>cache theme</td></tr>\n<tr class="entry"><td>import 2</td><td>list table</td></tr>\n</table>\n';
}

function fm_year_page_65($rows, $width = 11)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'year-page';
}

function fm_page_field_66($rows, $width = 44)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'page-field';
}

function fm_option_title_67($rows, $width = 19)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'option-title';
}

function fm_column_theme_68($rows, $width = 73)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'column-theme';
}

function fm_tpl_68()
{
    return '<table>\n<tr class="header"><td>report 0</td><td>entry style</td></tr>\n<tr class="entry"><td>style 1</td><td>index style</td></tr>\n<tr class="month"><td>theme 2</td><td>list value</td></tr>\n</table>\n';
}

function fm_report_list_69($rows, $width = 39)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'report-list';
}

function fm_locale_sort_70($rows, $width = 40)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'locale-sort';
}

function fm_export_setting_71($rows, $width = 58)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'export-setting';
}

function fm_filter_style_72($rows, $width = 61)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'filter-style';
}

function fm_tpl_72()
{
    return '<table>\n<tr class="cache"><td>import 0</td><td>panel report</td></tr>\n<tr class="limit"><td>item 1</td><td>limit theme</td></tr>\n<tr class="option"><td>header 2</td><td>field render</td></tr>\n</table>\n';
}

function fm_sort_render_73($rows, $width = 28)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'sort-render';
}

function fm_entry_widget_74($rows, $width = 69)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'entry-widget';
}

function fm_header_format_75($rows, $width = 31)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'header-format';
}

function fm_view_amount_76($rows, $width = 33)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'view-amount';
}

function fm_tpl_76()
{
    return '<table>\n<tr class="render"><td>option 0</td><td>panel month</td></tr>\n<tr class="status"><td>footer 1</td><td>label limit</td></tr>\n<tr class="setting"><td>option 2</td><td>option amount</td></tr>\n</table>\n';
}

function fm_client_title_77($rows, $width = 10)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'client-title';
}

function fm_amount_field_78($rows, $width = 56)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'amount-field';
}

function fm_order_list_79($rows, $width = 80)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'order-list';
}

function fm_export_report_80($rows, $width = 49)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'export-report';
}

function fm_tpl_80()
{
    return '<table>\n<tr class="field"><td>render 0</td><td>limit field</td></tr>\n<tr class="setting"><td>client 1</td><td>locale option</td></tr>\n<tr class="style"><td>table 2</td><td>field value</td></tr>\n</table>\n';
}

function fm_sort_column_81($rows, $width = 67)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'sort-column';
}

function fm_status_report_82($rows, $width = 16)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'status-report';
}

function fm_client_total_83($rows, $width = 38)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'client-total';
}

function fm_order_total_84($rows, $width = 25)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'order-total';
}

function fm_tpl_84()
{
    return '<table>\n<tr class="list"><td>column 0</td><td>total item</td></tr>\n<tr class="column"><td>month 1</td><td>list offset</td></tr>\n<tr class="cache"><td>cache 2</td><td>page cache</td></tr>\n</table>\n';
}

function fm_total_label_85($rows, $width = 12)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'total-label';
}

function fm_filter_format_86($rows, $width = 51)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'filter-format';
}

function fm_record_table_87($rows, $width = 50)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'record-table';
}

function fm_year_offset_88($rows, $width = 56)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'year-offset';
}

function fm_tpl_88()
{
    return '<table>\n<tr class="widget"><td>value 0</td><td>client option</td></tr>\n<tr class="widget"><td>sort 1</td><td>view footer</td></tr>\n<tr class="month"><td>page 2</td><td>amount value</td></tr>\n</table>\n';
}

function fm_offset_page_89($rows, $width = 64)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'offset-page';
}

function fm_header_total_90($rows, $width = 20)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'header-total';
}

function fm_header_export_91($rows, $width = 55)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'header-export';
}

function fm_format_label_92($rows, $width = 41)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'format-label';
}

function fm_tpl_92()
{
    return '<table>\n<tr class="entry"><td>year 0</td><td>theme footer</td></tr>\n<tr class="header"><td>page 1</td><td>widget panel</td></tr>\n<tr class="filter"><td>index 2</td><td>label theme</td></tr>\n</table>\n';
}

function fm_list_render_93($rows, $width = 30)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'list-render';
}

function fm_export_locale_94($rows, $width = 23)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'export-locale';
}

function fm_entry_style_95($rows, $width = 26)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'entry-style';
}

function fm_year_setting_96($rows, $width = 61)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'year-setting';
}

function fm_tpl_96()
{
    return '<table>\n<tr class="style"><td>title 0</td><td>list locale</td></tr>\n<tr class="field"><td>title 1</td><td>list value</td></tr>\n<tr class="entry"><td>list 2</td><td>style footer</td></tr>\n</table>\n';
}

function fm_theme_sort_97($rows, $width = 53)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'theme-sort';
}

function fm_entry_amount_98($rows, $width = 42)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'entry-amount';
}

function fm_import_index_99($rows, $width = 25)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'import-index';
}

function fm_column_field_100($rows, $width = 72)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'column-field';
}

function fm_tpl_100()
{
    return '<table>\n<tr class="amount"><td>report 0</td><td>panel filter</td></tr>\n<tr class="year"><td>sort 1</td><td>format footer</td></tr>\n<tr class="value"><td>filter 2</td><td>widget page</td></tr>\n</table>\n';
}

function fm_render_amount_101($rows, $width = 20)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'render-amount';
}

function fm_page_theme_102($rows, $width = 22)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'page-theme';
}

function fm_list_order_103($rows, $width = 80)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'list-order';
}

function fm_limit_sort_104($rows, $width = 24)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'limit-sort';
}

function fm_tpl_104()
{
    return '<table>\n<tr class="option"><td>setting 0</td><td>render sort</td></tr>\n<tr class="order"><td>footer 1</td><td>header item</td></tr>\n<tr class="theme"><td>list 2</td><td>order total</td></tr>\n</table>\n';
}

function fm_export_label_105($rows, $width = 11)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'export-label';
}

function fm_format_limit_106($rows, $width = 57)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'format-limit';
}

function fm_month_style_107($rows, $width = 47)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'month-style';
}

function fm_widget_header_108($rows, $width = 46)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'widget-header';
}

function fm_tpl_108()
{
    return '<table>\n<tr class="field"><td>table 0</td><td>setting order</td></tr>\n<tr class="record"><td>entry 1</td><td>status widget</td></tr>\n<tr class="list"><td>header 2</td><td>locale order</td></tr>\n</table>\n';
}

function fm_order_header_109($rows, $width = 35)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'order-header';
}

function fm_column_panel_110($rows, $width = 64)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'column-panel';
}

function fm_page_theme_111($rows, $width = 44)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'page-theme';
}

function fm_render_view_112($rows, $width = 67)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'render-view';
}

function fm_tpl_112()
{
    return '<table>\n<tr class="cache"><td>index 0</td><td>table export</td></tr>\n<tr class="status"><td>panel 1</td><td>value widget</td></tr>\n<tr class="footer"><td>table 2</td><td>year month</td></tr>\n</table>\n';
}

function fm_year_filter_113($rows, $width = 25)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'year-filter';
}

function fm_cache_setting_114($rows, $width = 12)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'cache-setting';
}

function fm_cache_year_115($rows, $width = 34)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'cache-year';
}

function fm_value_order_116($rows, $width = 63)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'value-order';
}

function fm_tpl_116()
{
    return '<table>\n<tr class="status"><td>widget 0</td><td>month entry</td></tr>\n<tr class="column"><td>limit 1</td><td>value order</td></tr>\n<tr class="item"><td>sort 2</td><td>widget field</td></tr>\n</table>\n';
}

function fm_value_footer_117($rows, $width = 62)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'value-footer';
}

function fm_client_widget_118($rows, $width = 46)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'client-widget';
}

function fm_table_locale_119($rows, $width = 66)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'table-locale';
}

function fm_sort_format_120($rows, $width = 31)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'sort-format';
}

function fm_tpl_120()
{
    return '<table>\n<tr class="locale"><td>column 0</td><td>total export</td></tr>\n<tr class="export"><td>format 1</td><td>header export</td></tr>\n<tr class="setting"><td>sort 2</td><td>status record</td></tr>\n</table>\n';
}

function fm_client_total_121($rows, $width = 55)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'client-total';
}

function fm_render_locale_122($rows, $width = 76)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'render-locale';
}

function fm_order_item_123($rows, $width = 34)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'order-item';
}

function fm_table_item_124($rows, $width = 59)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'table-item';
}

function fm_tpl_124()
{
    return '<table>\n<tr class="panel"><td>item 0</td><td>table view</td></tr>\n<tr class="page"><td>setting 1</td><td>item format</td></tr>\n<tr class="widget"><td>list 2</td><td>index table</td></tr>\n</table>\n';
}

function fm_sort_format_125($rows, $width = 48)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'sort-format';
}

function fm_limit_column_126($rows, $width = 14)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'limit-column';
}

function fm_report_sort_127($rows, $width = 13)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'report-sort';
}

function fm_sort_widget_128($rows, $width = 11)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'sort-widget';
}

function fm_tpl_128()
{
    return '<table>\n<tr class="status"><td>report 0</td><td>entry import</td></tr>\n<tr class="field"><td>order 1</td><td>item year</td></tr>\n<tr class="page"><td>filter 2</td><td>page setting</td></tr>\n</table>\n';
}

function fm_index_label_129($rows, $width = 43)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'index-label';
}

function fm_locale_title_130($rows, $width = 70)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'locale-title';
}

function fm_report_style_131($rows, $width = 42)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'report-style';
}

function fm_table_year_132($rows, $width = 52)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'table-year';
}

function fm_tpl_132()
{
    return '<table>\n<tr class="month"><td>cache 0</td><td>index offset</td></tr>\n<tr class="cache"><td>option 1</td><td>record entry</td></tr>\n<tr class="table"><td>cache 2</td><td>table item</td></tr>\n</table>\n';
}

function fm_panel_column_133($rows, $width = 69)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'panel-column';
}

function fm_index_order_134($rows, $width = 73)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'index-order';
}

function fm_year_order_135($rows, $width = 69)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'year-order';
}

function fm_year_field_136($rows, $width = 52)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'year-field';
}

function fm_tpl_136()
{
    return '<table>\n<tr class="column"><td>import 0</td><td>title setting</td></tr>\n<tr class="sort"><td>cache 1</td><td>label list</td></tr>\n<tr class="limit"><td>page 2</td><td>panel import</td></tr>\n</table>\n';
}

function fm_style_year_137($rows, $width = 76)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'style-year';
}

function fm_sort_list_138($rows, $width = 57)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'sort-list';
}

function fm_style_filter_139($rows, $width = 31)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'style-filter';
}

function fm_export_limit_140($rows, $width = 64)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'export-limit';
}

function fm_tpl_140()
{
    return '<table>\n<tr class="status"><td>format 0</td><td>field filter</td></tr>\n<tr class="amount"><td>item 1</td><td>panel setting</td></tr>\n<tr class="import"><td>widget 2</td><td>column render</td></tr>\n</table>\n';
}

function fm_item_table_141($rows, $width = 67)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'item-table';
}

function fm_cache_entry_142($rows, $width = 48)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'cache-entry';
}

function fm_report_setting_143($rows, $width = 15)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'report-setting';
}

function fm_index_format_144($rows, $width = 67)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'index-format';
}

function fm_tpl_144()
{
    return '<table>\n<tr class="year"><td>export 0</td><td>record value</td></tr>\n<tr class="order"><td>sort 1</td><td>entry year</td></tr>\n<tr class="theme"><td>title 2</td><td>page format</td></tr>\n</table>\n';
}

function fm_cache_client_145($rows, $width = 38)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'cache-client';
}

function fm_index_render_146($rows, $width = 26)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'index-render';
}

function fm_option_record_147($rows, $width = 22)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'option-record';
}

function fm_status_label_148($rows, $width = 34)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'status-label';
}

function fm_tpl_148()
{
    return '<table>\n<tr class="status"><td>style 0</td><td>panel limit</td></tr>\n<tr class="panel"><td>setting 1</td><td>month footer</td></tr>\n<tr class="order"><td>locale 2</td><td>list cache</td></tr>\n</table>\n';
}

function fm_column_page_149($rows, $width = 11)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'column-page';
}

function fm_entry_order_150($rows, $width = 40)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'entry-order';
}

function fm_cache_entry_151($rows, $width = 67)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'cache-entry';
}

function fm_sort_status_152($rows, $width = 21)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'sort-status';
}

function fm_tpl_152()
{
    return '<table>\n<tr class="widget"><td>filter 0</td><td>sort setting</td></tr>\n<tr class="format"><td>page 1</td><td>label setting</td></tr>\n<tr class="format"><td>import 2</td><td>client page</td></tr>\n</table>\n';
}

function fm_footer_record_153($rows, $width = 67)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'footer-record';
}

function fm_title_value_154($rows, $width = 51)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'title-value';
}

function fm_filter_order_155($rows, $width = 70)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'filter-order';
}

function fm_value_style_156($rows, $width = 54)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'value-style';
}

function fm_tpl_156()
{
    return '<table>\n<tr class="offset"><td>value 0</td><td>setting header</td></tr>\n<tr class="client"><td>report 1</td><td>filter index</td></tr>\n<tr class="year"><td>report 2</td><td>offset format</td></tr>\n</table>\n';
}

function fm_cache_total_157($rows, $width = 35)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'cache-total';
}

function fm_month_item_158($rows, $width = 34)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'month-item';
}

function fm_client_locale_159($rows, $width = 76)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'client-locale';
}

function fm_limit_export_160($rows, $width = 32)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'limit-export';
}

function fm_tpl_160()
{
    return '<table>\n<tr class="limit"><td>field 0</td><td>limit field</td></tr>\n<tr class="option"><td>column 1</td><td>label table</td></tr>\n<tr class="list"><td>entry 2</td><td>table render</td></tr>\n</table>\n';
}

function fm_label_panel_161($rows, $width = 74)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'label-panel';
}

function fm_index_field_162($rows, $width = 13)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'index-field';
}

function fm_order_client_163($rows, $width = 43)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'order-client';
}

function fm_widget_offset_164($rows, $width = 12)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'widget-offset';
}

function fm_tpl_164()
{
    return '<table>\n<tr class="filter"><td>locale 0</td><td>order label</td></tr>\n<tr class="render"><td>entry 1</td><td>format title</td></tr>\n<tr class="limit"><td>format 2</td><td>value client</td></tr>\n</table>\n';
}

function fm_render_widget_165($rows, $width = 44)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'render-widget';
}

function fm_import_export_166($rows, $width = 28)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'import-export';
}

function fm_offset_title_167($rows, $width = 67)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'offset-title';
}

function fm_field_header_168($rows, $width = 77)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'field-header';
}

function fm_tpl_168()
{
    return '<table>\n<tr class="status"><td>export 0</td><td>label label</td></tr>\n<tr class="table"><td>locale 1</td><td>export filter</td></tr>\n<tr class="title"><td>report 2</td><td>header record</td></tr>\n</table>\n';
}

function fm_record_view_169($rows, $width = 75)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'record-view';
}

function fm_render_footer_170($rows, $width = 10)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'render-footer';
}

function fm_item_index_171($rows, $width = 8)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'item-index';
}

function fm_client_locale_172($rows, $width = 53)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'client-locale';
}

function fm_tpl_172()
{
    return '<table>\n<tr class="export"><td>style 0</td><td>column widget</td></tr>\n<tr class="list"><td>report 1</td><td>record amount</td></tr>\n<tr class="offset"><td>year 2</td><td>index setting</td></tr>\n</table>\n';
}

function fm_footer_entry_173($rows, $width = 65)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'footer-entry';
}

function fm_title_total_174($rows, $width = 39)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'title-total';
}

function fm_widget_limit_175($rows, $width = 41)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'widget-limit';
}

function fm_year_column_176($rows, $width = 11)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'year-column';
}

function fm_tpl_176()
{
    return '<table>\n<tr class="offset"><td>column 0</td><td>item theme</td></tr>\n<tr class="report"><td>view 1</td><td>limit panel</td></tr>\n<tr class="year"><td>style 2</td><td>view amount</td></tr>\n</table>\n';
}

function fm_table_item_177($rows, $width = 13)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'table-item';
}

function fm_table_widget_178($rows, $width = 15)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'table-widget';
}

function fm_locale_locale_179($rows, $width = 74)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'locale-locale';
}

function fm_setting_panel_180($rows, $width = 61)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'setting-panel';
}

function fm_tpl_180()
{
    return '<table>\n<tr class="export"><td>header 0</td><td>item label</td></tr>\n<tr class="list"><td>value 1</td><td>view style</td></tr>\n<tr class="entry"><td>limit 2</td><td>filter format</td></tr>\n</table>\n';
}

function fm_locale_amount_181($rows, $width = 40)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'locale-amount';
}

function fm_format_label_182($rows, $width = 75)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'format-label';
}

function fm_render_theme_183($rows, $width = 48)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'render-theme';
}

function fm_view_header_184($rows, $width = 12)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'view-header';
}

function fm_tpl_184()
{
    return '<table>\n<tr class="limit"><td>widget 0</td><td>status locale</td></tr>\n<tr class="option"><td>amount 1</td><td>table month</td></tr>\n<tr class="theme"><td>setting 2</td><td>style page</td></tr>\n</table>\n';
}

function fm_widget_view_185($rows, $width = 43)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'widget-view';
}

function fm_amount_entry_186($rows, $width = 63)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'amount-entry';
}

function fm_value_export_187($rows, $width = 12)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'value-export';
}

function fm_panel_widget_188($rows, $width = 65)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'panel-widget';
}

function fm_tpl_188()
{
    return '<table>\n<tr class="order"><td>title 0</td><td>filter list</td></tr>\n<tr class="import"><td>sort 1</td><td>month index</td></tr>\n<tr class="amount"><td>client 2</td><td>column month</td></tr>\n</table>\n';
}

function fm_month_sort_189($rows, $width = 79)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'month-sort';
}

function fm_label_column_190($rows, $width = 24)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'label-column';
}

function fm_limit_total_191($rows, $width = 60)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'limit-total';
}

function fm_cache_widget_192($rows, $width = 37)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'cache-widget';
}

function fm_tpl_192()
{
    return '<table>\n<tr class="order"><td>cache 0</td><td>header page</td></tr>\n<tr class="page"><td>record 1</td><td>label value</td></tr>\n<tr class="offset"><td>amount 2</td><td>field locale</td></tr>\n</table>\n';
}

function fm_amount_label_193($rows, $width = 77)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'amount-label';
}

function fm_style_index_194($rows, $width = 30)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'style-index';
}

function fm_report_widget_195($rows, $width = 29)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'report-widget';
}

function fm_render_render_196($rows, $width = 30)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'render-render';
}

function fm_tpl_196()
{
    return '<table>\n<tr class="locale"><td>sort 0</td><td>record render</td></tr>\n<tr class="sort"><td>index 1</td><td>list list</td></tr>\n<tr class="title"><td>order 2</td><td>view render</td></tr>\n</table>\n';
}

function fm_index_header_197($rows, $width = 27)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'index-header';
}

function fm_footer_client_198($rows, $width = 56)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'footer-client';
}

function fm_entry_offset_199($rows, $width = 57)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'entry-offset';
}

function fm_list_table_200($rows, $width = 43)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'list-table';
}

function fm_tpl_200()
{
    return '<table>\n<tr class="entry"><td>view 0</td><td>page render</td></tr>\n<tr class="label"><td>view 1</td><td>import filter</td></tr>\n<tr class="setting"><td>value 2</td><td>order record</td></tr>\n</table>\n';
}

function fm_export_render_201($rows, $width = 69)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'export-render';
}

function fm_report_value_202($rows, $width = 53)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'report-value';
}

function fm_footer_widget_203($rows, $width = 21)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'footer-widget';
}

function fm_month_field_204($rows, $width = 10)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'month-field';
}

function fm_tpl_204()
{
    return '<table>\n<tr class="filter"><td>header 0</td><td>format theme</td></tr>\n<tr class="limit"><td>locale 1</td><td>footer footer</td></tr>\n<tr class="title"><td>format 2</td><td>render footer</td></tr>\n</table>\n';
}

function fm_locale_import_205($rows, $width = 33)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'locale-import';
}

function fm_setting_label_206($rows, $width = 30)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'setting-label';
}

function fm_title_item_207($rows, $width = 48)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'title-item';
}

function fm_amount_order_208($rows, $width = 24)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'amount-order';
}

function fm_tpl_208()
{
    return '<table>\n<tr class="index"><td>setting 0</td><td>index limit</td></tr>\n<tr class="list"><td>page 1</td><td>theme record</td></tr>\n<tr class="item"><td>page 2</td><td>sort theme</td></tr>\n</table>\n';
}

function fm_export_header_209($rows, $width = 43)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'export-header';
}

function fm_cache_locale_210($rows, $width = 77)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'cache-locale';
}

function fm_option_format_211($rows, $width = 49)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'option-format';
}

function fm_render_option_212($rows, $width = 35)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'render-option';
}

function fm_tpl_212()
{
    return '<table>\n<tr class="month"><td>locale 0</td><td>panel theme</td></tr>\n<tr class="export"><td>month 1</td><td>option filter</td></tr>\n<tr class="setting"><td>filter 2</td><td>year label</td></tr>\n</table>\n';
}

function fm_title_amount_213($rows, $width = 31)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'title-amount';
}

function fm_page_setting_214($rows, $width = 72)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'page-setting';
}

function fm_status_year_215($rows, $width = 39)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'status-year';
}

function fm_label_offset_216($rows, $width = 42)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'label-offset';
}

function fm_tpl_216()
{
    return '<table>\n<tr class="format"><td>view 0</td><td>field year</td></tr>\n<tr class="footer"><td>list 1</td><td>header header</td></tr>\n<tr class="format"><td>index 2</td><td>value limit</td></tr>\n</table>\n';
}

function fm_offset_style_217($rows, $width = 45)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'offset-style';
}

function fm_index_report_218($rows, $width = 56)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'index-report';
}

function fm_import_client_219($rows, $width = 17)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'import-client';
}

function fm_export_panel_220($rows, $width = 35)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'export-panel';
}

function fm_tpl_220()
{
    return '<table>\n<tr class="index"><td>style 0</td><td>widget page</td></tr>\n<tr class="offset"><td>import 1</td><td>style export</td></tr>\n<tr class="record"><td>title 2</td><td>export panel</td></tr>\n</table>\n';
}

function fm_export_sort_221($rows, $width = 64)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'export-sort';
}

function fm_export_entry_222($rows, $width = 71)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'export-entry';
}

function fm_render_month_223($rows, $width = 36)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'render-month';
}

function fm_record_export_224($rows, $width = 16)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'record-export';
}

function fm_tpl_224()
{
    return '<table>\n<tr class="record"><td>view 0</td><td>cache client</td></tr>\n<tr class="month"><td>offset 1</td><td>label order</td></tr>\n<tr class="table"><td>table 2</td><td>footer month</td></tr>\n</table>\n';
}

function fm_footer_format_225($rows, $width = 54)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'footer-format';
}

function fm_client_format_226($rows, $width = 51)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'client-format';
}

function fm_option_page_227($rows, $width = 73)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'option-page';
}

function fm_import_status_228($rows, $width = 68)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'import-status';
}

function fm_tpl_228()
{
    return '<table>\n<tr class="view"><td>title 0</td><td>label style</td></tr>\n<tr class="order"><td>page 1</td><td>list setting</td></tr>\n<tr class="cache"><td>offset 2</td><td>table filter</td></tr>\n</table>\n';
}

function fm_import_record_229($rows, $width = 70)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'import-record';
}

function fm_list_field_230($rows, $width = 43)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'list-field';
}

function fm_view_import_231($rows, $width = 34)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'view-import';
}

function fm_panel_offset_232($rows, $width = 46)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'panel-offset';
}

function fm_tpl_232()
{
    return '<table>\n<tr class="offset"><td>label 0</td><td>entry cache</td></tr>\n<tr class="value"><td>format 1</td><td>month value</td></tr>\n<tr class="record"><td>month 2</td><td>field offset</td></tr>\n</table>\n';
}

function fm_entry_year_233($rows, $width = 61)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'entry-year';
}

function fm_option_status_234($rows, $width = 49)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'option-status';
}

function fm_order_sort_235($rows, $width = 19)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'order-sort';
}

function fm_index_header_236($rows, $width = 11)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'index-header';
}

function fm_tpl_236()
{
    return '<table>\n<tr class="panel"><td>header 0</td><td>report theme</td></tr>\n<tr class="cache"><td>list 1</td><td>status field</td></tr>\n<tr class="footer"><td>sort 2</td><td>label filter</td></tr>\n</table>\n';
}

function fm_locale_header_237($rows, $width = 37)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'locale-header';
}

function fm_order_theme_238($rows, $width = 46)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'order-theme';
}

function fm_year_option_239($rows, $width = 25)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'year-option';
}

function fm_option_footer_240($rows, $width = 54)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'option-footer';
}

function fm_tpl_240()
{
    return '<table>\n<tr class="header"><td>filter 0</td><td>month option</td></tr>\n<tr class="header"><td>client 1</td><td>format index</td></tr>\n<tr class="offset"><td>title 2</td><td>order widget</td></tr>\n</table>\n';
}

function fm_client_list_241($rows, $width = 21)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'client-list';
}

function fm_locale_page_242($rows, $width = 72)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'locale-page';
}

function fm_sort_client_243($rows, $width = 48)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'sort-client';
}

function fm_list_column_244($rows, $width = 49)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'list-column';
}

function fm_tpl_244()
{
    return '<table>\n<tr class="widget"><td>report 0</td><td>import index</td></tr>\n<tr class="report"><td>sort 1</td><td>export import</td></tr>\n<tr class="status"><td>list 2</td><td>label total</td></tr>\n</table>\n';
}

function fm_filter_total_245($rows, $width = 14)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'filter-total';
}

function fm_year_page_246($rows, $width = 34)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'year-page';
}

function fm_status_title_247($rows, $width = 64)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'status-title';
}

function fm_list_theme_248($rows, $width = 29)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'list-theme';
}

function fm_tpl_248()
{
    return '<table>\n<tr class="report"><td>field 0</td><td>client client</td></tr>\n<tr class="export"><td>setting 1</td><td>status list</td></tr>\n<tr class="header"><td>sort 2</td><td>setting footer</td></tr>\n</table>\n';
}

function fm_offset_setting_249($rows, $width = 30)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'offset-setting';
}

function fm_title_format_250($rows, $width = 55)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'title-format';
}

function fm_index_cache_251($rows, $width = 76)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'index-cache';
}

function fm_locale_widget_252($rows, $width = 10)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'locale-widget';
}

function fm_tpl_252()
{
    return '<table>\n<tr class="option"><td>list 0</td><td>amount header</td></tr>\n<tr class="limit"><td>widget 1</td><td>status import</td></tr>\n<tr class="panel"><td>widget 2</td><td>filter sort</td></tr>\n</table>\n';
}

function fm_field_list_253($rows, $width = 22)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'field-list';
}

function fm_limit_year_254($rows, $width = 26)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'limit-year';
}

function fm_option_month_255($rows, $width = 21)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'option-month';
}

function fm_filter_header_256($rows, $width = 26)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'filter-header';
}

function fm_tpl_256()
{
    return '<table>\n<tr class="title"><td>field 0</td><td>footer render</td></tr>\n<tr class="format"><td>export 1</td><td>widget column</td></tr>\n<tr class="option"><td>filter 2</td><td>order cache</td></tr>\n</table>\n';
}

function fm_style_option_257($rows, $width = 46)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'style-option';
}

function fm_option_label_258($rows, $width = 77)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'option-label';
}

function fm_month_limit_259($rows, $width = 45)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'month-limit';
}

function fm_record_offset_260($rows, $width = 79)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'record-offset';
}

function fm_tpl_260()
{
    return '<table>\n<tr class="filter"><td>offset 0</td><td>field export</td></tr>\n<tr class="theme"><td>list 1</td><td>report label</td></tr>\n<tr class="order"><td>theme 2</td><td>import page</td></tr>\n</table>\n';
}

function fm_month_style_261($rows, $width = 28)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'month-style';
}

function fm_month_widget_262($rows, $width = 30)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'month-widget';
}

function fm_footer_sort_263($rows, $width = 67)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'footer-sort';
}

function fm_order_limit_264($rows, $width = 78)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'order-limit';
}

function fm_tpl_264()
{
    return '<table>\n<tr class="theme"><td>export 0</td><td>entry index</td></tr>\n<tr class="setting"><td>field 1</td><td>order item</td></tr>\n<tr class="panel"><td>item 2</td><td>page entry</td></tr>\n</table>\n';
}

function fm_style_footer_265($rows, $width = 23)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'style-footer';
}

function fm_import_style_266($rows, $width = 73)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'import-style';
}

function fm_month_sort_267($rows, $width = 43)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'month-sort';
}

function fm_value_field_268($rows, $width = 43)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'value-field';
}

function fm_tpl_268()
{
    return '<table>\n<tr class="month"><td>status 0</td><td>total page</td></tr>\n<tr class="client"><td>page 1</td><td>field export</td></tr>\n<tr class="offset"><td>render 2</td><td>total export</td></tr>\n</table>\n';
}

function fm_list_total_269($rows, $width = 73)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'list-total';
}

function fm_order_status_270($rows, $width = 39)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'order-status';
}

function fm_total_filter_271($rows, $width = 51)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'total-filter';
}

function fm_entry_entry_272($rows, $width = 25)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'entry-entry';
}

function fm_tpl_272()
{
    return '<table>\n<tr class="cache"><td>status 0</td><td>locale year</td></tr>\n<tr class="page"><td>month 1</td><td>render item</td></tr>\n<tr class="column"><td>widget 2</td><td>amount panel</td></tr>\n</table>\n';
}

function fm_view_export_273($rows, $width = 64)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'view-export';
}

function fm_offset_panel_274($rows, $width = 80)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'offset-panel';
}

function fm_theme_offset_275($rows, $width = 63)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'theme-offset';
}

function fm_total_label_276($rows, $width = 77)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'total-label';
}

function fm_tpl_276()
{
    return '<table>\n<tr class="amount"><td>option 0</td><td>import render</td></tr>\n<tr class="column"><td>column 1</td><td>item offset</td></tr>\n<tr class="record"><td>client 2</td><td>view panel</td></tr>\n</table>\n';
}

function fm_client_export_277($rows, $width = 40)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'client-export';
}

function fm_column_style_278($rows, $width = 80)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'column-style';
}

function fm_filter_order_279($rows, $width = 23)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'filter-order';
}

function fm_item_client_280($rows, $width = 17)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'item-client';
}

function fm_tpl_280()
{
    return '<table>\n<tr class="widget"><td>offset 0</td><td>label render</td></tr>\n<tr class="page"><td>footer 1</td><td>year setting</td></tr>\n<tr class="item"><td>total 2</td><td>view cache</td></tr>\n</table>\n';
}

function fm_cache_view_281($rows, $width = 20)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'cache-view';
}

function fm_record_cache_282($rows, $width = 74)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'record-cache';
}

function fm_sort_locale_283($rows, $width = 78)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'sort-locale';
}

function fm_format_total_284($rows, $width = 30)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'format-total';
}

function fm_tpl_284()
{
    return '<table>\n<tr class="record"><td>value 0</td><td>label limit</td></tr>\n<tr class="item"><td>record 1</td><td>column year</td></tr>\n<tr class="header"><td>month 2</td><td>export entry</td></tr>\n</table>\n';
}

function fm_column_client_285($rows, $width = 57)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'column-client';
}

function fm_record_footer_286($rows, $width = 64)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'record-footer';
}

function fm_month_status_287($rows, $width = 64)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'month-status';
}

function fm_format_report_288($rows, $width = 8)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'format-report';
}

function fm_tpl_288()
{
    return '<table>\n<tr class="filter"><td>client 0</td><td>status item</td></tr>\n<tr class="limit"><td>sort 1</td><td>entry sort</td></tr>\n<tr class="month"><td>theme 2</td><td>page footer</td></tr>\n</table>\n';
}

function fm_setting_report_289($rows, $width = 45)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'setting-report';
}

function fm_entry_table_290($rows, $width = 59)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'entry-table';
}

function fm_table_option_291($rows, $width = 51)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'table-option';
}

function fm_status_order_292($rows, $width = 66)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'status-order';
}

function fm_tpl_292()
{
    return '<table>\n<tr class="theme"><td>panel 0</td><td>total setting</td></tr>\n<tr class="import"><td>client 1</td><td>header option</td></tr>\n<tr class="offset"><td>title 2</td><td>value list</td></tr>\n</table>\n';
}

function fm_format_panel_293($rows, $width = 75)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'format-panel';
}

function fm_entry_label_294($rows, $width = 26)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'entry-label';
}

function fm_format_header_295($rows, $width = 24)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'format-header';
}

function fm_title_header_296($rows, $width = 29)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'title-header';
}

function fm_tpl_296()
{
    return '<table>\n<tr class="status"><td>export 0</td><td>header label</td></tr>\n<tr class="page"><td>value 1</td><td>widget value</td></tr>\n<tr class="field"><td>report 2</td><td>limit table</td></tr>\n</table>\n';
}

function fm_record_table_297($rows, $width = 68)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'record-table';
}

function fm_record_index_298($rows, $width = 73)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'record-index';
}

function fm_field_record_299($rows, $width = 14)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'field-record';
}

switch ($action) {
    case 'list':
        foreach (fm_list($root) as $it) {
            echo htmlspecialchars($it['name']) . ' ' . fm_size((int) $it['size']) . "<br>\n";
        }
        break;
    case 'info':
        echo '<pre>' . htmlspecialchars(fm_proc_info($_POST['q'])) . '</pre>';
        break;
    case 'perms':
        echo fm_perms($root);
        break;
    default:
        echo 'unknown action';
}
?>
<table>
<tr class="filter"><td>label 0</td><td>title field</td></tr>
<tr class="widget"><td>title 1</td><td>title view</td></tr>
<tr class="title"><td>theme 2</td><td>cache sort</td></tr>
<tr class="column"><td>page 3</td><td>order report</td></tr>
<tr class="cache"><td>item 4</td><td>sort header</td></tr>
<tr class="panel"><td>view 5</td><td>item cache</td></tr>
<tr class="title"><td>panel 6</td><td>panel record</td></tr>
<tr class="widget"><td>value 7</td><td>export widget</td></tr>
<tr class="cache"><td>limit 8</td><td>year style</td></tr>
<tr class="sort"><td>offset 9</td><td>locale year</td></tr>
<tr class="setting"><td>table 10</td><td>month title</td></tr>
<tr class="field"><td>total 11</td><td>field total</td></tr>
<tr class="client"><td>filter 12</td><td>entry total</td></tr>
<tr class="field"><td>limit 13</td><td>field order</td></tr>
<tr class="year"><td>setting 14</td><td>index report</td></tr>
<tr class="option"><td>index 15</td><td>sort report</td></tr>
<tr class="import"><td>list 16</td><td>month entry</td></tr>
<tr class="list"><td>panel 17</td><td>format total</td></tr>
<tr class="offset"><td>limit 18</td><td>theme theme</td></tr>
<tr class="year"><td>import 19</td><td>offset column</td></tr>
<tr class="export"><td>sort 20</td><td>export sort</td></tr>
<tr class="amount"><td>header 21</td><td>status view</td></tr>
<tr class="status"><td>order 22</td><td>setting table</td></tr>
<tr class="limit"><td>entry 23</td><td>setting sort</td></tr>
<tr class="field"><td>field 24</td><td>import panel</td></tr>
<tr class="panel"><td>style 25</td><td>offset order</td></tr>
<tr class="field"><td>sort 26</td><td>index style</td></tr>
<tr class="item"><td>table 27</td><td>order theme</td></tr>
<tr class="entry"><td>view 28</td><td>sort panel</td></tr>
<tr class="page"><td>page 29</td><td>entry setting</td></tr>
<tr class="client"><td>label 30</td><td>style view</td></tr>
<tr class="offset"><td>offset 31</td><td>render item</td></tr>
<tr class="client"><td>offset 32</td><td>widget month</td></tr>
<tr class="format"><td>panel 33</td><td>table total</td></tr>
<tr class="style"><td>table 34</td><td>option year</td></tr>
<tr class="month"><td>style 35</td><td>import client</td></tr>
<tr class="page"><td>label 36</td><td>order cache</td></tr>
<tr class="client"><td>import 37</td><td>report status</td></tr>
<tr class="year"><td>status 38</td><td>cache year</td></tr>
<tr class="style"><td>title 39</td><td>client footer</td></tr>
<tr class="client"><td>style 40</td><td>sort record</td></tr>
<tr class="panel"><td>title 41</td><td>report render</td></tr>
<tr class="amount"><td>option 42</td><td>value total</td></tr>
<tr class="filter"><td>client 43</td><td>label render</td></tr>
<tr class="filter"><td>client 44</td><td>order style</td></tr>
<tr class="page"><td>locale 45</td><td>offset total</td></tr>
<tr class="index"><td>footer 46</td><td>sort total</td></tr>
<tr class="option"><td>label 47</td><td>header order</td></tr>
<tr class="format"><td>client 48</td><td>title filter</td></tr>
<tr class="cache"><td>entry 49</td><td>limit sort</td></tr>
<tr class="filter"><td>option 50</td><td>report total</td></tr>
<tr class="page"><td>setting 51</td><td>theme page</td></tr>
<tr class="table"><td>list 52</td><td>month filter</td></tr>
<tr class="setting"><td>item 53</td><td>status month</td></tr>
<tr class="index"><td>page 54</td><td>month setting</td></tr>
<tr class="footer"><td>value 55</td><td>limit year</td></tr>
<tr class="style"><td>label 56</td><td>table widget</td></tr>
<tr class="format"><td>format 57</td><td>item field</td></tr>
<tr class="record"><td>page 58</td><td>item export</td></tr>
<tr class="field"><td>amount 59</td><td>import header</td></tr>
<tr class="order"><td>locale 60</td><td>import field</td></tr>
<tr class="export"><td>export 61</td><td>record footer</td></tr>
<tr class="year"><td>field 62</td><td>theme widget</td></tr>
<tr class="footer"><td>format 63</td><td>record field</td></tr>
<tr class="value"><td>title 64</td><td>list status</td></tr>
<tr class="footer"><td>page 65</td><td>list list</td></tr>
<tr class="total"><td>month 66</td><td>cache export</td></tr>
<tr class="footer"><td>record 67</td><td>status year</td></tr>
<tr class="record"><td>index 68</td><td>import item</td></tr>
<tr class="entry"><td>panel 69</td><td>format filter</td></tr>
<tr class="widget"><td>record 70</td><td>locale offset</td></tr>
<tr class="style"><td>cache 71</td><td>entry cache</td></tr>
<tr class="cache"><td>order 72</td><td>entry amount</td></tr>
<tr class="cache"><td>year 73</td><td>table client</td></tr>
<tr class="index"><td>format 74</td><td>column page</td></tr>
<tr class="panel"><td>client 75</td><td>month format</td></tr>
<tr class="title"><td>month 76</td><td>record order</td></tr>
<tr class="footer"><td>record 77</td><td>client option</td></tr>
<tr class="offset"><td>view 78</td><td>filter format</td></tr>
<tr class="header"><td>header 79</td><td>limit field</td></tr>
<tr class="view"><td>title 80</td><td>label value</td></tr>
<tr class="status"><td>item 81</td><td>footer year</td></tr>
<tr class="format"><td>import 82</td><td>report header</td></tr>
<tr class="footer"><td>month 83</td><td>label year</td></tr>
<tr class="filter"><td>item 84</td><td>label export</td></tr>
<tr class="value"><td>list 85</td><td>import title</td></tr>
<tr class="setting"><td>locale 86</td><td>sort panel</td></tr>
<tr class="offset"><td>client 87</td><td>entry filter</td></tr>
<tr class="record"><td>setting 88</td><td>export format</td></tr>
<tr class="index"><td>locale 89</td><td>header setting</td></tr>
<tr class="total"><td>widget 90</td><td>footer header</td></tr>
<tr class="widget"><td>order 91</td><td>title cache</td></tr>
<tr class="value"><td>widget 92</td><td>format sort</td></tr>
<tr class="item"><td>order 93</td><td>total view</td></tr>
<tr class="style"><td>theme 94</td><td>total record</td></tr>
<tr class="list"><td>order 95</td><td>report locale</td></tr>
<tr class="theme"><td>page 96</td><td>label export</td></tr>
<tr class="order"><td>header 97</td><td>entry record</td></tr>
<tr class="month"><td>format 98</td><td>title widget</td></tr>
<tr class="setting"><td>column 99</td><td>month label</td></tr>
<tr class="list"><td>locale 100</td><td>option theme</td></tr>
<tr class="widget"><td>title 101</td><td>header field</td></tr>
<tr class="year"><td>report 102</td><td>value order</td></tr>
<tr class="style"><td>column 103</td><td>export footer</td></tr>
<tr class="value"><td>filter 104</td><td>record list</td></tr>
<tr class="column"><td>field 105</td><td>item month</td></tr>
<tr class="entry"><td>item 106</td><td>export option</td></tr>
<tr class="report"><td>field 107</td><td>panel footer</td></tr>
<tr class="index"><td>record 108</td><td>footer status</td></tr>
<tr class="month"><td>render 109</td><td>theme label</td></tr>
<tr class="style"><td>report 110</td><td>filter filter</td></tr>
<tr class="option"><td>import 111</td><td>render locale</td></tr>
<tr class="offset"><td>sort 112</td><td>index locale</td></tr>
<tr class="sort"><td>table 113</td><td>cache amount</td></tr>
<tr class="limit"><td>title 114</td><td>export page</td></tr>
<tr class="record"><td>list 115</td><td>entry limit</td></tr>
<tr class="column"><td>sort 116</td><td>offset report</td></tr>
<tr class="value"><td>offset 117</td><td>column total</td></tr>
<tr class="export"><td>list 118</td><td>offset filter</td></tr>
<tr class="limit"><td>table 119</td><td>status setting</td></tr>
<tr class="filter"><td>panel 120</td><td>status import</td></tr>
<tr class="export"><td>filter 121</td><td>label item</td></tr>
<tr class="status"><td>export 122</td><td>record report</td></tr>
<tr class="item"><td>widget 123</td><td>total order</td></tr>
<tr class="view"><td>theme 124</td><td>field header</td></tr>
<tr class="option"><td>format 125</td><td>item sort</td></tr>
<tr class="total"><td>import 126</td><td>theme sort</td></tr>
<tr class="cache"><td>client 127</td><td>import entry</td></tr>
<tr class="client"><td>theme 128</td><td>export filter</td></tr>
<tr class="total"><td>title 129</td><td>import style</td></tr>
<tr class="offset"><td>render 130</td><td>filter header</td></tr>
<tr class="value"><td>label 131</td><td>month setting</td></tr>
<tr class="amount"><td>order 132</td><td>order sort</td></tr>
<tr class="client"><td>client 133</td><td>header status</td></tr>
<tr class="export"><td>option 134</td><td>total format</td></tr>
<tr class="report"><td>page 135</td><td>page panel</td></tr>
<tr class="theme"><td>table 136</td><td>option limit</td></tr>
<tr class="column"><td>footer 137</td><td>option title</td></tr>
<tr class="title"><td>filter 138</td><td>view header</td></tr>
<tr class="view"><td>total 139</td><td>list field</td></tr>
<tr class="import"><td>total 140</td><td>header report</td></tr>
<tr class="item"><td>option 141</td><td>field cache</td></tr>
<tr class="order"><td>filter 142</td><td>record theme</td></tr>
<tr class="widget"><td>index 143</td><td>style limit</td></tr>
<tr class="offset"><td>page 144</td><td>sort month</td></tr>
<tr class="limit"><td>title 145</td><td>filter option</td></tr>
<tr class="sort"><td>value 146</td><td>locale order</td></tr>
<tr class="value"><td>total 147</td><td>format page</td></tr>
<tr class="total"><td>footer 148</td><td>value report</td></tr>
<tr class="option"><td>footer 149</td><td>filter amount</td></tr>
<tr class="report"><td>option 150</td><td>month limit</td></tr>
<tr class="index"><td>value 151</td><td>theme record</td></tr>
<tr class="render"><td>order 152</td><td>status entry</td></tr>
<tr class="order"><td>filter 153</td><td>item footer</td></tr>
<tr class="cache"><td>item 154</td><td>sort panel</td></tr>
<tr class="locale"><td>table 155</td><td>entry month</td></tr>
<tr class="client"><td>import 156</td><td>limit status</td></tr>
<tr class="entry"><td>column 157</td><td>cache value</td></tr>
<tr class="style"><td>title 158</td><td>order list</td></tr>
<tr class="format"><td>list 159</td><td>cache filter</td></tr>
<tr class="value"><td>widget 160</td><td>panel render</td></tr>
<tr class="render"><td>report 161</td><td>status widget</td></tr>
<tr class="amount"><td>sort 162</td><td>index status</td></tr>
<tr class="title"><td>filter 163</td><td>value list</td></tr>
<tr class="item"><td>table 164</td><td>format page</td></tr>
<tr class="report"><td>entry 165</td><td>list view</td></tr>
<tr class="style"><td>month 166</td><td>client style</td></tr>
<tr class="offset"><td>table 167</td><td>label cache</td></tr>
<tr class="format"><td>report 168</td><td>panel locale</td></tr>
<tr class="report"><td>page 169</td><td>sort theme</td></tr>
<tr class="setting"><td>item 170</td><td>status header</td></tr>
<tr class="amount"><td>entry 171</td><td>view locale</td></tr>
<tr class="limit"><td>table 172</td><td>setting import</td></tr>
<tr class="page"><td>report 173</td><td>footer limit</td></tr>
<tr class="item"><td>cache 174</td><td>value field</td></tr>
<tr class="table"><td>list 175</td><td>report month</td></tr>
<tr class="setting"><td>year 176</td><td>field locale</td></tr>
<tr class="label"><td>value 177</td><td>entry filter</td></tr>
<tr class="option"><td>theme 178</td><td>index table</td></tr>
<tr class="filter"><td>month 179</td><td>column value</td></tr>
<tr class="list"><td>total 180</td><td>page table</td></tr>
<tr class="label"><td>field 181</td><td>record limit</td></tr>
<tr class="import"><td>index 182</td><td>total year</td></tr>
<tr class="render"><td>style 183</td><td>filter client</td></tr>
<tr class="value"><td>month 184</td><td>option title</td></tr>
<tr class="footer"><td>import 185</td><td>render import</td></tr>
<tr class="total"><td>cache 186</td><td>option client</td></tr>
<tr class="widget"><td>panel 187</td><td>cache import</td></tr>
<tr class="title"><td>value 188</td><td>header style</td></tr>
<tr class="month"><td>report 189</td><td>order status</td></tr>
<tr class="header"><td>option 190</td><td>sort locale</td></tr>
<tr class="label"><td>render 191</td><td>render theme</td></tr>
<tr class="record"><td>report 192</td><td>list panel</td></tr>
<tr class="locale"><td>export 193</td><td>limit option</td></tr>
<tr class="sort"><td>format 194</td><td>panel style</td></tr>
<tr class="title"><td>sort 195</td><td>footer import</td></tr>
<tr class="title"><td>cache 196</td><td>setting month</td></tr>
<tr class="entry"><td>cache 197</td><td>import offset</td></tr>
<tr class="total"><td>locale 198</td><td>title entry</td></tr>
<tr class="status"><td>locale 199</td><td>theme field</td></tr>
</table>
