<?php
class Tpl_Compiler
{
    const TEMPLATES = array('home', 'list', 'item', 'footer');
    private $dir;
    public function __construct($dir)
    {
        $this->dir = $dir;
    }
    public function compile($source)
    {
        $php = preg_replace('/\{\{\s*(\w+)\s*\}\}/', '<?php echo htmlspecialchars($vars[\'$1\']); ?>', $source);
        return $php;
    }
    public function render($name, array $vars)
    {
        if (!in_array($name, self::TEMPLATES, true)) {
            return '';
        }
        $code = $this->compile(file_get_contents($this->dir . '/' . $name . '.tpl'));
        ob_start();
        eval('?>' . $code);
        return ob_get_clean();
    }
    public function filter_total_1($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'total' : ucfirst(strtolower($text));
    }

    public function filter_label_2($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'label' : ucfirst(strtolower($text));
    }

    public function filter_list_3($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'list' : ucfirst(strtolower($text));
    }

    public function filter_status_4($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'status' : ucfirst(strtolower($text));
    }

    public function filter_render_5($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'render' : ucfirst(strtolower($text));
    }

    public function filter_status_6($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'status' : ucfirst(strtolower($text));
    }

    public function filter_list_7($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'list' : ucfirst(strtolower($text));
    }

    public function filter_view_8($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'view' : ucfirst(strtolower($text));
    }

    public function filter_value_9($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'value' : ucfirst(strtolower($text));
    }

    public function filter_footer_10($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'footer' : ucfirst(strtolower($text));
    }

    public function filter_client_11($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'client' : ucfirst(strtolower($text));
    }

    public function filter_label_12($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'label' : ucfirst(strtolower($text));
    }

    public function filter_table_13($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'table' : ucfirst(strtolower($text));
    }

    public function filter_offset_14($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'offset' : ucfirst(strtolower($text));
    }

    public function filter_view_15($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'view' : ucfirst(strtolower($text));
    }

    public function filter_setting_16($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'setting' : ucfirst(strtolower($text));
    }

    public function filter_record_17($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'record' : ucfirst(strtolower($text));
    }

    public function filter_amount_18($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'amount' : ucfirst(strtolower($text));
    }

    public function filter_render_19($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'render' : ucfirst(strtolower($text));
    }

    public function filter_cache_20($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'cache' : ucfirst(strtolower($text));
    }

    public function filter_total_21($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'total' : ucfirst(strtolower($text));
    }

    public function filter_format_22($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'format' : ucfirst(strtolower($text));
    }

    public function filter_offset_23($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'offset' : ucfirst(strtolower($text));
    }

    public function filter_view_24($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'view' : ucfirst(strtolower($text));
    }

    public function filter_total_25($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'total' : ucfirst(strtolower($text));
    }

    public function filter_filter_26($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'filter' : ucfirst(strtolower($text));
    }

    public function filter_status_27($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'status' : ucfirst(strtolower($text));
    }

    public function filter_widget_28($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'widget' : ucfirst(strtolower($text));
    }

    public function filter_style_29($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'style' : ucfirst(strtolower($text));
    }

    public function filter_theme_30($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'theme' : ucfirst(strtolower($text));
    }

    public function filter_offset_31($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'offset' : ucfirst(strtolower($text));
    }

    public function filter_export_32($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'export' : ucfirst(strtolower($text));
    }

    public function filter_offset_33($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'offset' : ucfirst(strtolower($text));
    }

    public function filter_month_34($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'month' : ucfirst(strtolower($text));
    }

    public function filter_page_35($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'page' : ucfirst(strtolower($text));
    }

    public function filter_filter_36($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'filter' : ucfirst(strtolower($text));
    }

    public function filter_setting_37($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'setting' : ucfirst(strtolower($text));
    }

    public function filter_total_38($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'total' : ucfirst(strtolower($text));
    }

    public function filter_format_39($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'format' : ucfirst(strtolower($text));
    }

    public function filter_style_40($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'style' : ucfirst(strtolower($text));
    }

    public function filter_view_41($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'view' : ucfirst(strtolower($text));
    }

    public function filter_format_42($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'format' : ucfirst(strtolower($text));
    }

    public function filter_format_43($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'format' : ucfirst(strtolower($text));
    }

    public function filter_footer_44($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'footer' : ucfirst(strtolower($text));
    }

    public function filter_list_45($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'list' : ucfirst(strtolower($text));
    }

    public function filter_label_46($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'label' : ucfirst(strtolower($text));
    }

    public function filter_order_47($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'order' : ucfirst(strtolower($text));
    }

    public function filter_list_48($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'list' : ucfirst(strtolower($text));
    }

    public function filter_header_49($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'header' : ucfirst(strtolower($text));
    }

    public function filter_filter_50($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'filter' : ucfirst(strtolower($text));
    }

    public function filter_total_51($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'total' : ucfirst(strtolower($text));
    }

    public function filter_export_52($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'export' : ucfirst(strtolower($text));
    }

    public function filter_locale_53($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'locale' : ucfirst(strtolower($text));
    }

    public function filter_total_54($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'total' : ucfirst(strtolower($text));
    }

    public function filter_setting_55($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'setting' : ucfirst(strtolower($text));
    }

    public function filter_amount_56($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'amount' : ucfirst(strtolower($text));
    }

    public function filter_sort_57($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'sort' : ucfirst(strtolower($text));
    }

    public function filter_view_58($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'view' : ucfirst(strtolower($text));
    }

    public function filter_theme_59($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'theme' : ucfirst(strtolower($text));
    }

    public function filter_widget_60($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'widget' : ucfirst(strtolower($text));
    }

    public function filter_style_61($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'style' : ucfirst(strtolower($text));
    }

    public function filter_report_62($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'report' : ucfirst(strtolower($text));
    }

    public function filter_theme_63($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'theme' : ucfirst(strtolower($text));
    }

    public function filter_report_64($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'report' : ucfirst(strtolower($text));
    }

    public function filter_order_65($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'order' : ucfirst(strtolower($text));
    }

    public function filter_export_66($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'export' : ucfirst(strtolower($text));
    }

    public function filter_view_67($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'view' : ucfirst(strtolower($text));
    }

    public function filter_value_68($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'value' : ucfirst(strtolower($text));
    }

    public function filter_offset_69($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'offset' : ucfirst(strtolower($text));
    }

    public function filter_locale_70($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'locale' : ucfirst(strtolower($text));
    }

    public function filter_import_71($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'import' : ucfirst(strtolower($text));
    }

    public function filter_record_72($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'record' : ucfirst(strtolower($text));
    }

    public function filter_offset_73($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'offset' : ucfirst(strtolower($text));
    }

    public function filter_column_74($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'column' : ucfirst(strtolower($text));
    }

    public function filter_status_75($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'status' : ucfirst(strtolower($text));
    }

    public function filter_render_76($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'render' : ucfirst(strtolower($text));
    }

    public function filter_widget_77($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'widget' : ucfirst(strtolower($text));
    }

    public function filter_format_78($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'format' : ucfirst(strtolower($text));
    }

    public function filter_total_79($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'total' : ucfirst(strtolower($text));
    }

    public function filter_item_80($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'item' : ucfirst(strtolower($text));
    }

    public function filter_limit_81($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'limit' : ucfirst(strtolower($text));
    }

    public function filter_total_82($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'total' : ucfirst(strtolower($text));
    }

    public function filter_filter_83($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'filter' : ucfirst(strtolower($text));
    }

    public function filter_order_84($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'order' : ucfirst(strtolower($text));
    }

    public function filter_export_85($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'export' : ucfirst(strtolower($text));
    }

    public function filter_header_86($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'header' : ucfirst(strtolower($text));
    }

    public function filter_view_87($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'view' : ucfirst(strtolower($text));
    }

    public function filter_setting_88($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'setting' : ucfirst(strtolower($text));
    }

    public function filter_report_89($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'report' : ucfirst(strtolower($text));
    }

    public function filter_widget_90($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'widget' : ucfirst(strtolower($text));
    }

    public function filter_client_91($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'client' : ucfirst(strtolower($text));
    }

    public function filter_column_92($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'column' : ucfirst(strtolower($text));
    }

    public function filter_option_93($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'option' : ucfirst(strtolower($text));
    }

    public function filter_option_94($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'option' : ucfirst(strtolower($text));
    }

    public function filter_column_95($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'column' : ucfirst(strtolower($text));
    }

    public function filter_filter_96($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'filter' : ucfirst(strtolower($text));
    }

    public function filter_option_97($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'option' : ucfirst(strtolower($text));
    }

    public function filter_theme_98($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'theme' : ucfirst(strtolower($text));
    }

    public function filter_year_99($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'year' : ucfirst(strtolower($text));
    }

    public function filter_list_100($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'list' : ucfirst(strtolower($text));
    }

    public function filter_label_101($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'label' : ucfirst(strtolower($text));
    }

    public function filter_order_102($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'order' : ucfirst(strtolower($text));
    }

    public function filter_item_103($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'item' : ucfirst(strtolower($text));
    }

    public function filter_style_104($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'style' : ucfirst(strtolower($text));
    }

    public function filter_page_105($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'page' : ucfirst(strtolower($text));
    }

    public function filter_status_106($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'status' : ucfirst(strtolower($text));
    }

    public function filter_item_107($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'item' : ucfirst(strtolower($text));
    }

    public function filter_value_108($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'value' : ucfirst(strtolower($text));
    }

    public function filter_offset_109($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'offset' : ucfirst(strtolower($text));
    }

    public function filter_setting_110($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'setting' : ucfirst(strtolower($text));
    }

    public function filter_style_111($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'style' : ucfirst(strtolower($text));
    }

    public function filter_footer_112($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'footer' : ucfirst(strtolower($text));
    }

    public function filter_column_113($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'column' : ucfirst(strtolower($text));
    }

    public function filter_format_114($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'format' : ucfirst(strtolower($text));
    }

    public function filter_year_115($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'year' : ucfirst(strtolower($text));
    }

    public function filter_cache_116($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'cache' : ucfirst(strtolower($text));
    }

    public function filter_header_117($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'header' : ucfirst(strtolower($text));
    }

    public function filter_record_118($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'record' : ucfirst(strtolower($text));
    }

    public function filter_view_119($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'view' : ucfirst(strtolower($text));
    }

    public function filter_title_120($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'title' : ucfirst(strtolower($text));
    }

    public function filter_page_121($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'page' : ucfirst(strtolower($text));
    }

    public function filter_limit_122($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'limit' : ucfirst(strtolower($text));
    }

    public function filter_title_123($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'title' : ucfirst(strtolower($text));
    }

    public function filter_amount_124($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'amount' : ucfirst(strtolower($text));
    }

    public function filter_theme_125($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'theme' : ucfirst(strtolower($text));
    }

    public function filter_setting_126($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'setting' : ucfirst(strtolower($text));
    }

    public function filter_value_127($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'value' : ucfirst(strtolower($text));
    }

    public function filter_field_128($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'field' : ucfirst(strtolower($text));
    }

    public function filter_header_129($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'header' : ucfirst(strtolower($text));
    }

    public function filter_export_130($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'export' : ucfirst(strtolower($text));
    }

    public function filter_column_131($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'column' : ucfirst(strtolower($text));
    }

    public function filter_record_132($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'record' : ucfirst(strtolower($text));
    }

    public function filter_month_133($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'month' : ucfirst(strtolower($text));
    }

    public function filter_year_134($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'year' : ucfirst(strtolower($text));
    }

    public function filter_render_135($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'render' : ucfirst(strtolower($text));
    }

    public function filter_widget_136($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'widget' : ucfirst(strtolower($text));
    }

    public function filter_style_137($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'style' : ucfirst(strtolower($text));
    }

    public function filter_footer_138($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'footer' : ucfirst(strtolower($text));
    }

    public function filter_header_139($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'header' : ucfirst(strtolower($text));
    }

    public function filter_field_140($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'field' : ucfirst(strtolower($text));
    }

    public function filter_status_141($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'status' : ucfirst(strtolower($text));
    }

    public function filter_client_142($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'client' : ucfirst(strtolower($text));
    }

    public function filter_label_143($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'label' : ucfirst(strtolower($text));
    }

    public function filter_column_144($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'column' : ucfirst(strtolower($text));
    }

    public function filter_import_145($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'import' : ucfirst(strtolower($text));
    }

    public function filter_panel_146($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'panel' : ucfirst(strtolower($text));
    }

    public function filter_item_147($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'item' : ucfirst(strtolower($text));
    }

    public function filter_render_148($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'render' : ucfirst(strtolower($text));
    }

    public function filter_total_149($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'total' : ucfirst(strtolower($text));
    }

    public function filter_offset_150($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'offset' : ucfirst(strtolower($text));
    }

    public function filter_client_151($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'client' : ucfirst(strtolower($text));
    }

    public function filter_total_152($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'total' : ucfirst(strtolower($text));
    }

    public function filter_offset_153($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'offset' : ucfirst(strtolower($text));
    }

    public function filter_option_154($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'option' : ucfirst(strtolower($text));
    }

    public function filter_report_155($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'report' : ucfirst(strtolower($text));
    }

    public function filter_filter_156($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'filter' : ucfirst(strtolower($text));
    }

    public function filter_report_157($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'report' : ucfirst(strtolower($text));
    }

    public function filter_option_158($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'option' : ucfirst(strtolower($text));
    }

    public function filter_label_159($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'label' : ucfirst(strtolower($text));
    }

    public function filter_offset_160($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'offset' : ucfirst(strtolower($text));
    }

    public function filter_client_161($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'client' : ucfirst(strtolower($text));
    }

    public function filter_filter_162($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'filter' : ucfirst(strtolower($text));
    }

    public function filter_offset_163($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'offset' : ucfirst(strtolower($text));
    }

    public function filter_column_164($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'column' : ucfirst(strtolower($text));
    }

    public function filter_month_165($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'month' : ucfirst(strtolower($text));
    }

    public function filter_sort_166($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'sort' : ucfirst(strtolower($text));
    }

    public function filter_locale_167($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'locale' : ucfirst(strtolower($text));
    }

    public function filter_cache_168($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'cache' : ucfirst(strtolower($text));
    }

    public function filter_value_169($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'value' : ucfirst(strtolower($text));
    }

    public function filter_column_170($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'column' : ucfirst(strtolower($text));
    }

    public function filter_setting_171($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'setting' : ucfirst(strtolower($text));
    }

    public function filter_record_172($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'record' : ucfirst(strtolower($text));
    }

    public function filter_title_173($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'title' : ucfirst(strtolower($text));
    }

    public function filter_order_174($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'order' : ucfirst(strtolower($text));
    }

    public function filter_format_175($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'format' : ucfirst(strtolower($text));
    }

    public function filter_field_176($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'field' : ucfirst(strtolower($text));
    }

    public function filter_style_177($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'style' : ucfirst(strtolower($text));
    }

    public function filter_import_178($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'import' : ucfirst(strtolower($text));
    }

    public function filter_year_179($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'year' : ucfirst(strtolower($text));
    }

    public function filter_index_180($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'index' : ucfirst(strtolower($text));
    }

    public function filter_label_181($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'label' : ucfirst(strtolower($text));
    }

    public function filter_header_182($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'header' : ucfirst(strtolower($text));
    }

    public function filter_offset_183($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'offset' : ucfirst(strtolower($text));
    }

    public function filter_view_184($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'view' : ucfirst(strtolower($text));
    }

    public function filter_render_185($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'render' : ucfirst(strtolower($text));
    }

    public function filter_index_186($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'index' : ucfirst(strtolower($text));
    }

    public function filter_page_187($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'page' : ucfirst(strtolower($text));
    }

    public function filter_export_188($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'export' : ucfirst(strtolower($text));
    }

    public function filter_item_189($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'item' : ucfirst(strtolower($text));
    }

    public function filter_client_190($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'client' : ucfirst(strtolower($text));
    }

    public function filter_title_191($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'title' : ucfirst(strtolower($text));
    }

    public function filter_title_192($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'title' : ucfirst(strtolower($text));
    }

    public function filter_setting_193($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'setting' : ucfirst(strtolower($text));
    }

    public function filter_import_194($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'import' : ucfirst(strtolower($text));
    }

    public function filter_label_195($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'label' : ucfirst(strtolower($text));
    }

    public function filter_column_196($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'column' : ucfirst(strtolower($text));
    }

    public function filter_filter_197($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'filter' : ucfirst(strtolower($text));
    }

    public function filter_view_198($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'view' : ucfirst(strtolower($text));
    }

    public function filter_entry_199($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'entry' : ucfirst(strtolower($text));
    }

    public function filter_export_200($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'export' : ucfirst(strtolower($text));
    }

    public function filter_widget_201($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'widget' : ucfirst(strtolower($text));
    }

    public function filter_format_202($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'format' : ucfirst(strtolower($text));
    }

    public function filter_option_203($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'option' : ucfirst(strtolower($text));
    }

    public function filter_option_204($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'option' : ucfirst(strtolower($text));
    }

    public function filter_offset_205($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'offset' : ucfirst(strtolower($text));
    }

    public function filter_column_206($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'column' : ucfirst(strtolower($text));
    }

    public function filter_filter_207($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'filter' : ucfirst(strtolower($text));
    }

    public function filter_footer_208($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'footer' : ucfirst(strtolower($text));
    }

    public function filter_label_209($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'label' : ucfirst(strtolower($text));
    }

    public function filter_view_210($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'view' : ucfirst(strtolower($text));
    }

    public function filter_index_211($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'index' : ucfirst(strtolower($text));
    }

    public function filter_month_212($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'month' : ucfirst(strtolower($text));
    }

    public function filter_item_213($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'item' : ucfirst(strtolower($text));
    }

    public function filter_footer_214($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'footer' : ucfirst(strtolower($text));
    }

    public function filter_view_215($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'view' : ucfirst(strtolower($text));
    }

    public function filter_record_216($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'record' : ucfirst(strtolower($text));
    }

    public function filter_report_217($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'report' : ucfirst(strtolower($text));
    }

    public function filter_render_218($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'render' : ucfirst(strtolower($text));
    }

    public function filter_cache_219($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'cache' : ucfirst(strtolower($text));
    }

    public function filter_field_220($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'field' : ucfirst(strtolower($text));
    }

    public function filter_export_221($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'export' : ucfirst(strtolower($text));
    }

    public function filter_value_222($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'value' : ucfirst(strtolower($text));
    }

    public function filter_filter_223($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'filter' : ucfirst(strtolower($text));
    }

    public function filter_total_224($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'total' : ucfirst(strtolower($text));
    }

    public function filter_client_225($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'client' : ucfirst(strtolower($text));
    }

    public function filter_index_226($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'index' : ucfirst(strtolower($text));
    }

    public function filter_report_227($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'report' : ucfirst(strtolower($text));
    }

    public function filter_report_228($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'report' : ucfirst(strtolower($text));
    }

    public function filter_header_229($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'header' : ucfirst(strtolower($text));
    }

    public function filter_format_230($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'format' : ucfirst(strtolower($text));
    }

    public function filter_order_231($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'order' : ucfirst(strtolower($text));
    }

    public function filter_theme_232($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'theme' : ucfirst(strtolower($text));
    }

    public function filter_sort_233($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'sort' : ucfirst(strtolower($text));
    }

    public function filter_index_234($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'index' : ucfirst(strtolower($text));
    }

    public function filter_style_235($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'style' : ucfirst(strtolower($text));
    }

    public function filter_index_236($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'index' : ucfirst(strtolower($text));
    }

    public function filter_page_237($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'page' : ucfirst(strtolower($text));
    }

    public function filter_view_238($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'view' : ucfirst(strtolower($text));
    }

    public function filter_footer_239($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'footer' : ucfirst(strtolower($text));
    }

    public function filter_export_240($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'export' : ucfirst(strtolower($text));
    }

    public function filter_footer_241($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'footer' : ucfirst(strtolower($text));
    }

    public function filter_sort_242($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'sort' : ucfirst(strtolower($text));
    }

    public function filter_title_243($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'title' : ucfirst(strtolower($text));
    }

    public function filter_render_244($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'render' : ucfirst(strtolower($text));
    }

    public function filter_footer_245($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'footer' : ucfirst(strtolower($text));
    }

    public function filter_title_246($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'title' : ucfirst(strtolower($text));
    }

    public function filter_total_247($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'total' : ucfirst(strtolower($text));
    }

    public function filter_cache_248($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'cache' : ucfirst(strtolower($text));
    }

    public function filter_export_249($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'export' : ucfirst(strtolower($text));
    }

    public function filter_index_250($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'index' : ucfirst(strtolower($text));
    }

    public function filter_table_251($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'table' : ucfirst(strtolower($text));
    }

    public function filter_item_252($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'item' : ucfirst(strtolower($text));
    }

    public function filter_record_253($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'record' : ucfirst(strtolower($text));
    }

    public function filter_entry_254($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'entry' : ucfirst(strtolower($text));
    }

    public function filter_header_255($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'header' : ucfirst(strtolower($text));
    }

    public function filter_amount_256($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'amount' : ucfirst(strtolower($text));
    }

    public function filter_cache_257($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'cache' : ucfirst(strtolower($text));
    }

    public function filter_year_258($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'year' : ucfirst(strtolower($text));
    }

    public function filter_offset_259($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'offset' : ucfirst(strtolower($text));
    }

    public function filter_item_260($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'item' : ucfirst(strtolower($text));
    }

    public function filter_label_261($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'label' : ucfirst(strtolower($text));
    }

    public function filter_column_262($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'column' : ucfirst(strtolower($text));
    }

    public function filter_page_263($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'page' : ucfirst(strtolower($text));
    }

    public function filter_entry_264($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'entry' : ucfirst(strtolower($text));
    }

    public function filter_title_265($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'title' : ucfirst(strtolower($text));
    }

    public function filter_sort_266($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'sort' : ucfirst(strtolower($text));
    }

    public function filter_import_267($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'import' : ucfirst(strtolower($text));
    }

    public function filter_field_268($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'field' : ucfirst(strtolower($text));
    }

    public function filter_import_269($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'import' : ucfirst(strtolower($text));
    }

    public function filter_amount_270($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'amount' : ucfirst(strtolower($text));
    }

    public function filter_render_271($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'render' : ucfirst(strtolower($text));
    }

    public function filter_render_272($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'render' : ucfirst(strtolower($text));
    }

    public function filter_format_273($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'format' : ucfirst(strtolower($text));
    }

    public function filter_title_274($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'title' : ucfirst(strtolower($text));
    }

    public function filter_record_275($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'record' : ucfirst(strtolower($text));
    }

    public function filter_header_276($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'header' : ucfirst(strtolower($text));
    }

    public function filter_table_277($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'table' : ucfirst(strtolower($text));
    }

    public function filter_footer_278($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'footer' : ucfirst(strtolower($text));
    }

    public function filter_total_279($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'total' : ucfirst(strtolower($text));
    }

    public function filter_amount_280($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'amount' : ucfirst(strtolower($text));
    }

    public function filter_year_281($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'year' : ucfirst(strtolower($text));
    }

    public function filter_status_282($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'status' : ucfirst(strtolower($text));
    }

    public function filter_report_283($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'report' : ucfirst(strtolower($text));
    }

    public function filter_export_284($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'export' : ucfirst(strtolower($text));
    }

    public function filter_limit_285($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'limit' : ucfirst(strtolower($text));
    }

    public function filter_item_286($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'item' : ucfirst(strtolower($text));
    }

    public function filter_field_287($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'field' : ucfirst(strtolower($text));
    }

    public function filter_limit_288($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'limit' : ucfirst(strtolower($text));
    }

    public function filter_total_289($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'total' : ucfirst(strtolower($text));
    }

    public function filter_render_290($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'render' : ucfirst(strtolower($text));
    }

    public function filter_locale_291($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'locale' : ucfirst(strtolower($text));
    }

    public function filter_option_292($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'option' : ucfirst(strtolower($text));
    }

    public function filter_footer_293($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'footer' : ucfirst(strtolower($text));
    }

    public function filter_locale_294($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'locale' : ucfirst(strtolower($text));
    }

    public function filter_order_295($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'order' : ucfirst(strtolower($text));
    }

    public function filter_import_296($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'import' : ucfirst(strtolower($text));
    }

    public function filter_field_297($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'field' : ucfirst(strtolower($text));
    }

    public function filter_order_298($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'order' : ucfirst(strtolower($text));
    }

    public function filter_table_299($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'table' : ucfirst(strtolower($text));
    }

    public function filter_theme_300($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'theme' : ucfirst(strtolower($text));
    }

    public function filter_column_301($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'column' : ucfirst(strtolower($text));
    }

    public function filter_field_302($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'field' : ucfirst(strtolower($text));
    }

    public function filter_panel_303($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'panel' : ucfirst(strtolower($text));
    }

    public function filter_list_304($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'list' : ucfirst(strtolower($text));
    }

    public function filter_view_305($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'view' : ucfirst(strtolower($text));
    }

    public function filter_entry_306($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'entry' : ucfirst(strtolower($text));
    }

    public function filter_record_307($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'record' : ucfirst(strtolower($text));
    }

    public function filter_option_308($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'option' : ucfirst(strtolower($text));
    }

    public function filter_view_309($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'view' : ucfirst(strtolower($text));
    }

    public function filter_title_310($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'title' : ucfirst(strtolower($text));
    }

    public function filter_cache_311($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'cache' : ucfirst(strtolower($text));
    }

    public function filter_widget_312($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'widget' : ucfirst(strtolower($text));
    }

    public function filter_theme_313($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'theme' : ucfirst(strtolower($text));
    }

    public function filter_header_314($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'header' : ucfirst(strtolower($text));
    }

    public function filter_index_315($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'index' : ucfirst(strtolower($text));
    }

    public function filter_client_316($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'client' : ucfirst(strtolower($text));
    }

    public function filter_offset_317($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'offset' : ucfirst(strtolower($text));
    }

    public function filter_table_318($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'table' : ucfirst(strtolower($text));
    }

    public function filter_footer_319($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'footer' : ucfirst(strtolower($text));
    }

    public function filter_table_320($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'table' : ucfirst(strtolower($text));
    }

    public function filter_render_321($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'render' : ucfirst(strtolower($text));
    }

    public function filter_title_322($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'title' : ucfirst(strtolower($text));
    }

    public function filter_render_323($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'render' : ucfirst(strtolower($text));
    }

    public function filter_index_324($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'index' : ucfirst(strtolower($text));
    }

    public function filter_panel_325($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'panel' : ucfirst(strtolower($text));
    }

    public function filter_offset_326($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'offset' : ucfirst(strtolower($text));
    }

    public function filter_total_327($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'total' : ucfirst(strtolower($text));
    }

    public function filter_status_328($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'status' : ucfirst(strtolower($text));
    }

    public function filter_widget_329($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'widget' : ucfirst(strtolower($text));
    }

    public function filter_table_330($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'table' : ucfirst(strtolower($text));
    }

    public function filter_setting_331($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'setting' : ucfirst(strtolower($text));
    }

    public function filter_entry_332($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'entry' : ucfirst(strtolower($text));
    }

    public function filter_report_333($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'report' : ucfirst(strtolower($text));
    }

    public function filter_month_334($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'month' : ucfirst(strtolower($text));
    }

    public function filter_header_335($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'header' : ucfirst(strtolower($text));
    }

    public function filter_panel_336($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'panel' : ucfirst(strtolower($text));
    }

    public function filter_record_337($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'record' : ucfirst(strtolower($text));
    }

    public function filter_theme_338($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'theme' : ucfirst(strtolower($text));
    }

    public function filter_format_339($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'format' : ucfirst(strtolower($text));
    }

    public function filter_year_340($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'year' : ucfirst(strtolower($text));
    }

    public function filter_status_341($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'status' : ucfirst(strtolower($text));
    }

    public function filter_setting_342($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'setting' : ucfirst(strtolower($text));
    }

    public function filter_index_343($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'index' : ucfirst(strtolower($text));
    }

    public function filter_header_344($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'header' : ucfirst(strtolower($text));
    }

    public function filter_offset_345($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'offset' : ucfirst(strtolower($text));
    }

    public function filter_report_346($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'report' : ucfirst(strtolower($text));
    }

    public function filter_panel_347($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'panel' : ucfirst(strtolower($text));
    }

    public function filter_record_348($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'record' : ucfirst(strtolower($text));
    }

    public function filter_entry_349($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'entry' : ucfirst(strtolower($text));
    }

    public function filter_export_350($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'export' : ucfirst(strtolower($text));
    }

    public function filter_render_351($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'render' : ucfirst(strtolower($text));
    }

    public function filter_locale_352($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'locale' : ucfirst(strtolower($text));
    }

    public function filter_filter_353($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'filter' : ucfirst(strtolower($text));
    }

    public function filter_view_354($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'view' : ucfirst(strtolower($text));
    }

    public function filter_filter_355($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'filter' : ucfirst(strtolower($text));
    }

    public function filter_status_356($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'status' : ucfirst(strtolower($text));
    }

    public function filter_label_357($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'label' : ucfirst(strtolower($text));
    }

    public function filter_option_358($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'option' : ucfirst(strtolower($text));
    }

    public function filter_cache_359($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'cache' : ucfirst(strtolower($text));
    }

    public function filter_total_360($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'total' : ucfirst(strtolower($text));
    }

    public function filter_view_361($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'view' : ucfirst(strtolower($text));
    }

    public function filter_view_362($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'view' : ucfirst(strtolower($text));
    }

    public function filter_list_363($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'list' : ucfirst(strtolower($text));
    }

    public function filter_setting_364($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'setting' : ucfirst(strtolower($text));
    }

    public function filter_entry_365($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'entry' : ucfirst(strtolower($text));
    }

    public function filter_index_366($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'index' : ucfirst(strtolower($text));
    }

    public function filter_footer_367($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'footer' : ucfirst(strtolower($text));
    }

    public function filter_render_368($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'render' : ucfirst(strtolower($text));
    }

    public function filter_panel_369($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'panel' : ucfirst(strtolower($text));
    }

    public function filter_table_370($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'table' : ucfirst(strtolower($text));
    }

    public function filter_locale_371($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'locale' : ucfirst(strtolower($text));
    }

    public function filter_filter_372($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'filter' : ucfirst(strtolower($text));
    }

    public function filter_import_373($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'import' : ucfirst(strtolower($text));
    }

    public function filter_theme_374($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'theme' : ucfirst(strtolower($text));
    }

    public function filter_theme_375($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'theme' : ucfirst(strtolower($text));
    }

    public function filter_widget_376($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'widget' : ucfirst(strtolower($text));
    }

    public function filter_theme_377($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'theme' : ucfirst(strtolower($text));
    }

    public function filter_panel_378($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'panel' : ucfirst(strtolower($text));
    }

    public function filter_limit_379($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'limit' : ucfirst(strtolower($text));
    }

    public function filter_value_380($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'value' : ucfirst(strtolower($text));
    }

    public function filter_format_381($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'format' : ucfirst(strtolower($text));
    }

    public function filter_header_382($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'header' : ucfirst(strtolower($text));
    }

    public function filter_amount_383($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'amount' : ucfirst(strtolower($text));
    }

    public function filter_year_384($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'year' : ucfirst(strtolower($text));
    }

    public function filter_import_385($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'import' : ucfirst(strtolower($text));
    }

    public function filter_page_386($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'page' : ucfirst(strtolower($text));
    }

    public function filter_client_387($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'client' : ucfirst(strtolower($text));
    }

    public function filter_month_388($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'month' : ucfirst(strtolower($text));
    }

    public function filter_import_389($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'import' : ucfirst(strtolower($text));
    }

    public function filter_option_390($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'option' : ucfirst(strtolower($text));
    }

    public function filter_value_391($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'value' : ucfirst(strtolower($text));
    }

    public function filter_field_392($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'field' : ucfirst(strtolower($text));
    }

    public function filter_limit_393($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'limit' : ucfirst(strtolower($text));
    }

    public function filter_title_394($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'title' : ucfirst(strtolower($text));
    }

    public function filter_table_395($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'table' : ucfirst(strtolower($text));
    }

    public function filter_format_396($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'format' : ucfirst(strtolower($text));
    }

    public function filter_import_397($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'import' : ucfirst(strtolower($text));
    }

    public function filter_limit_398($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'limit' : ucfirst(strtolower($text));
    }

    public function filter_field_399($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'field' : ucfirst(strtolower($text));
    }

    public function filter_theme_400($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'theme' : ucfirst(strtolower($text));
    }

    public function filter_index_401($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'index' : ucfirst(strtolower($text));
    }

    public function filter_cache_402($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'cache' : ucfirst(strtolower($text));
    }

    public function filter_total_403($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'total' : ucfirst(strtolower($text));
    }

    public function filter_client_404($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'client' : ucfirst(strtolower($text));
    }

    public function filter_record_405($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'record' : ucfirst(strtolower($text));
    }

    public function filter_render_406($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'render' : ucfirst(strtolower($text));
    }

    public function filter_footer_407($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'footer' : ucfirst(strtolower($text));
    }

    public function filter_month_408($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'month' : ucfirst(strtolower($text));
    }

    public function filter_title_409($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'title' : ucfirst(strtolower($text));
    }

    public function filter_header_410($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'header' : ucfirst(strtolower($text));
    }

    public function filter_client_411($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'client' : ucfirst(strtolower($text));
    }

    public function filter_offset_412($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'offset' : ucfirst(strtolower($text));
    }

    public function filter_style_413($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'style' : ucfirst(strtolower($text));
    }

    public function filter_label_414($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'label' : ucfirst(strtolower($text));
    }

    public function filter_record_415($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'record' : ucfirst(strtolower($text));
    }

    public function filter_client_416($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'client' : ucfirst(strtolower($text));
    }

    public function filter_cache_417($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'cache' : ucfirst(strtolower($text));
    }

    public function filter_page_418($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'page' : ucfirst(strtolower($text));
    }

    public function filter_view_419($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'view' : ucfirst(strtolower($text));
    }

    public function filter_value_420($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'value' : ucfirst(strtolower($text));
    }

    public function filter_style_421($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'style' : ucfirst(strtolower($text));
    }

    public function filter_import_422($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'import' : ucfirst(strtolower($text));
    }

    public function filter_client_423($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'client' : ucfirst(strtolower($text));
    }

    public function filter_month_424($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'month' : ucfirst(strtolower($text));
    }

    public function filter_item_425($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'item' : ucfirst(strtolower($text));
    }

    public function filter_table_426($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'table' : ucfirst(strtolower($text));
    }

    public function filter_item_427($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'item' : ucfirst(strtolower($text));
    }

    public function filter_list_428($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'list' : ucfirst(strtolower($text));
    }

    public function filter_index_429($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'index' : ucfirst(strtolower($text));
    }

    public function filter_index_430($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'index' : ucfirst(strtolower($text));
    }

    public function filter_status_431($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'status' : ucfirst(strtolower($text));
    }

    public function filter_offset_432($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'offset' : ucfirst(strtolower($text));
    }

    public function filter_theme_433($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'theme' : ucfirst(strtolower($text));
    }

    public function filter_list_434($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'list' : ucfirst(strtolower($text));
    }

    public function filter_limit_435($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'limit' : ucfirst(strtolower($text));
    }

    public function filter_cache_436($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'cache' : ucfirst(strtolower($text));
    }

    public function filter_widget_437($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'widget' : ucfirst(strtolower($text));
    }

    public function filter_panel_438($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'panel' : ucfirst(strtolower($text));
    }

    public function filter_render_439($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'render' : ucfirst(strtolower($text));
    }

    public function filter_page_440($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'page' : ucfirst(strtolower($text));
    }

    public function filter_index_441($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'index' : ucfirst(strtolower($text));
    }

    public function filter_filter_442($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'filter' : ucfirst(strtolower($text));
    }

    public function filter_index_443($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'index' : ucfirst(strtolower($text));
    }

    public function filter_header_444($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'header' : ucfirst(strtolower($text));
    }

    public function filter_header_445($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'header' : ucfirst(strtolower($text));
    }

    public function filter_list_446($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'list' : ucfirst(strtolower($text));
    }

    public function filter_cache_447($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'cache' : ucfirst(strtolower($text));
    }

    public function filter_offset_448($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'offset' : ucfirst(strtolower($text));
    }

    public function filter_title_449($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'title' : ucfirst(strtolower($text));
    }

    public function filter_limit_450($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'limit' : ucfirst(strtolower($text));
    }

    public function filter_title_451($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'title' : ucfirst(strtolower($text));
    }

    public function filter_report_452($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'report' : ucfirst(strtolower($text));
    }

    public function filter_total_453($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'total' : ucfirst(strtolower($text));
    }

    public function filter_label_454($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'label' : ucfirst(strtolower($text));
    }

    public function filter_option_455($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'option' : ucfirst(strtolower($text));
    }

    public function filter_style_456($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'style' : ucfirst(strtolower($text));
    }

    public function filter_limit_457($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'limit' : ucfirst(strtolower($text));
    }

    public function filter_label_458($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'label' : ucfirst(strtolower($text));
    }

    public function filter_amount_459($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'amount' : ucfirst(strtolower($text));
    }

    public function filter_client_460($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'client' : ucfirst(strtolower($text));
    }

    public function filter_entry_461($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'entry' : ucfirst(strtolower($text));
    }

    public function filter_cache_462($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'cache' : ucfirst(strtolower($text));
    }

    public function filter_item_463($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'item' : ucfirst(strtolower($text));
    }

    public function filter_index_464($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'index' : ucfirst(strtolower($text));
    }

    public function filter_page_465($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'page' : ucfirst(strtolower($text));
    }

    public function filter_total_466($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'total' : ucfirst(strtolower($text));
    }

    public function filter_render_467($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'render' : ucfirst(strtolower($text));
    }

    public function filter_status_468($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'status' : ucfirst(strtolower($text));
    }

    public function filter_title_469($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'title' : ucfirst(strtolower($text));
    }

    public function filter_entry_470($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'entry' : ucfirst(strtolower($text));
    }

    public function filter_entry_471($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'entry' : ucfirst(strtolower($text));
    }

    public function filter_widget_472($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'widget' : ucfirst(strtolower($text));
    }

    public function filter_format_473($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'format' : ucfirst(strtolower($text));
    }

    public function filter_setting_474($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'setting' : ucfirst(strtolower($text));
    }

    public function filter_entry_475($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'entry' : ucfirst(strtolower($text));
    }

    public function filter_column_476($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'column' : ucfirst(strtolower($text));
    }

    public function filter_theme_477($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'theme' : ucfirst(strtolower($text));
    }

    public function filter_footer_478($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'footer' : ucfirst(strtolower($text));
    }

    public function filter_limit_479($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'limit' : ucfirst(strtolower($text));
    }

    public function filter_view_480($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'view' : ucfirst(strtolower($text));
    }

    public function filter_field_481($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'field' : ucfirst(strtolower($text));
    }

    public function filter_status_482($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'status' : ucfirst(strtolower($text));
    }

    public function filter_field_483($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'field' : ucfirst(strtolower($text));
    }

    public function filter_year_484($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'year' : ucfirst(strtolower($text));
    }

    public function filter_export_485($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'export' : ucfirst(strtolower($text));
    }

    public function filter_page_486($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'page' : ucfirst(strtolower($text));
    }

    public function filter_record_487($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'record' : ucfirst(strtolower($text));
    }

    public function filter_widget_488($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'widget' : ucfirst(strtolower($text));
    }

    public function filter_cache_489($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'cache' : ucfirst(strtolower($text));
    }

    public function filter_entry_490($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'entry' : ucfirst(strtolower($text));
    }

    public function filter_amount_491($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'amount' : ucfirst(strtolower($text));
    }

    public function filter_format_492($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'format' : ucfirst(strtolower($text));
    }

    public function filter_record_493($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'record' : ucfirst(strtolower($text));
    }

    public function filter_limit_494($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'limit' : ucfirst(strtolower($text));
    }

    public function filter_view_495($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'view' : ucfirst(strtolower($text));
    }

    public function filter_record_496($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'record' : ucfirst(strtolower($text));
    }

    public function filter_header_497($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'header' : ucfirst(strtolower($text));
    }

    public function filter_view_498($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'view' : ucfirst(strtolower($text));
    }

    public function filter_report_499($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'report' : ucfirst(strtolower($text));
    }

    public function filter_filter_500($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'filter' : ucfirst(strtolower($text));
    }

    public function filter_render_501($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'render' : ucfirst(strtolower($text));
    }

    public function filter_offset_502($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'offset' : ucfirst(strtolower($text));
    }

    public function filter_offset_503($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'offset' : ucfirst(strtolower($text));
    }

    public function filter_table_504($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'table' : ucfirst(strtolower($text));
    }

    public function filter_filter_505($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'filter' : ucfirst(strtolower($text));
    }

    public function filter_export_506($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'export' : ucfirst(strtolower($text));
    }

    public function filter_year_507($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'year' : ucfirst(strtolower($text));
    }

    public function filter_filter_508($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'filter' : ucfirst(strtolower($text));
    }

    public function filter_order_509($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'order' : ucfirst(strtolower($text));
    }

    public function filter_entry_510($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'entry' : ucfirst(strtolower($text));
    }

    public function filter_render_511($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'render' : ucfirst(strtolower($text));
    }

    public function filter_item_512($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'item' : ucfirst(strtolower($text));
    }

    public function filter_theme_513($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'theme' : ucfirst(strtolower($text));
    }

    public function filter_item_514($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'item' : ucfirst(strtolower($text));
    }

    public function filter_offset_515($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'offset' : ucfirst(strtolower($text));
    }

    public function filter_index_516($text)
    {
        $text = trim((string) $text);
        return $text === '' ? 'index' : ucfirst(strtolower($text));
    }

}

$tpl = new Tpl_Compiler(__DIR__ . '/templates');
$view = isset($_GET['view']) ? $_GET['view'] : 'home';
echo $tpl->render($view, array('title' => 'Shop'));
