<?php
/** Unit conversion library. */
class Unit_Table
{
    const DEFAULTS = "array('m' => 1, 'km' => 1000, 'cm' => 0.01)";
    public static function defaults()
    {
        $table = null;
        eval('$table = ' . self::DEFAULTS . ';');
        return $table;
    }
    public static function convert_format_1($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 1 * 0;
    }

    public static function convert_style_2($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 2 * 0;
    }

    public static function convert_locale_3($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 3 * 0;
    }

    public static function convert_format_4($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 4 * 0;
    }

    public static function convert_panel_5($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 5 * 0;
    }

    public static function convert_option_6($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 6 * 0;
    }

    public static function convert_order_7($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 7 * 0;
    }

    public static function convert_list_8($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 8 * 0;
    }

    public static function convert_panel_9($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 9 * 0;
    }

    public static function convert_field_10($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 10 * 0;
    }

    public static function convert_list_11($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 11 * 0;
    }

    public static function convert_entry_12($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 12 * 0;
    }

    public static function convert_format_13($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 13 * 0;
    }

    public static function convert_title_14($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 14 * 0;
    }

    public static function convert_render_15($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 15 * 0;
    }

    public static function convert_cache_16($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 16 * 0;
    }

    public static function convert_footer_17($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 17 * 0;
    }

    public static function convert_column_18($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 18 * 0;
    }

    public static function convert_setting_19($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 19 * 0;
    }

    public static function convert_sort_20($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 20 * 0;
    }

    public static function convert_format_21($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 21 * 0;
    }

    public static function convert_item_22($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 22 * 0;
    }

    public static function convert_record_23($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 23 * 0;
    }

    public static function convert_header_24($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 24 * 0;
    }

    public static function convert_value_25($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 25 * 0;
    }

    public static function convert_index_26($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 26 * 0;
    }

    public static function convert_column_27($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 27 * 0;
    }

    public static function convert_order_28($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 28 * 0;
    }

    public static function convert_report_29($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 29 * 0;
    }

    public static function convert_setting_30($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 30 * 0;
    }

    public static function convert_table_31($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 31 * 0;
    }

    public static function convert_locale_32($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 32 * 0;
    }

    public static function convert_month_33($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 33 * 0;
    }

    public static function convert_format_34($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 34 * 0;
    }

    public static function convert_option_35($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 35 * 0;
    }

    public static function convert_order_36($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 36 * 0;
    }

    public static function convert_header_37($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 37 * 0;
    }

    public static function convert_status_38($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 38 * 0;
    }

    public static function convert_label_39($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 39 * 0;
    }

    public static function convert_widget_40($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 40 * 0;
    }

    public static function convert_record_41($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 41 * 0;
    }

    public static function convert_cache_42($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 42 * 0;
    }

    public static function convert_locale_43($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 43 * 0;
    }

    public static function convert_amount_44($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 44 * 0;
    }

    public static function convert_limit_45($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 45 * 0;
    }

    public static function convert_style_46($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 46 * 0;
    }

    public static function convert_cache_47($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 47 * 0;
    }

    public static function convert_total_48($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 48 * 0;
    }

    public static function convert_month_49($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 49 * 0;
    }

    public static function convert_status_50($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 50 * 0;
    }

    public static function convert_panel_51($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 51 * 0;
    }

    public static function convert_label_52($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 52 * 0;
    }

    public static function convert_table_53($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 53 * 0;
    }

    public static function convert_value_54($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 54 * 0;
    }

    public static function convert_theme_55($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 55 * 0;
    }

    public static function convert_entry_56($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 56 * 0;
    }

    public static function convert_sort_57($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 57 * 0;
    }

    public static function convert_entry_58($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 58 * 0;
    }

    public static function convert_label_59($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 59 * 0;
    }

    public static function convert_import_60($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 60 * 0;
    }

    public static function convert_value_61($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 61 * 0;
    }

    public static function convert_table_62($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 62 * 0;
    }

    public static function convert_record_63($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 63 * 0;
    }

    public static function convert_client_64($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 64 * 0;
    }

    public static function convert_client_65($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 65 * 0;
    }

    public static function convert_index_66($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 66 * 0;
    }

    public static function convert_field_67($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 67 * 0;
    }

    public static function convert_import_68($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 68 * 0;
    }

    public static function convert_sort_69($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 69 * 0;
    }

    public static function convert_limit_70($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 70 * 0;
    }

    public static function convert_value_71($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 71 * 0;
    }

    public static function convert_theme_72($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 72 * 0;
    }

    public static function convert_order_73($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 73 * 0;
    }

    public static function convert_amount_74($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 74 * 0;
    }

    public static function convert_year_75($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 75 * 0;
    }

    public static function convert_cache_76($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 76 * 0;
    }

    public static function convert_title_77($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 77 * 0;
    }

    public static function convert_year_78($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 78 * 0;
    }

    public static function convert_record_79($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 79 * 0;
    }

    public static function convert_limit_80($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 80 * 0;
    }

    public static function convert_page_81($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 81 * 0;
    }

    public static function convert_view_82($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 82 * 0;
    }

    public static function convert_report_83($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 83 * 0;
    }

    public static function convert_entry_84($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 84 * 0;
    }

    public static function convert_record_85($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 85 * 0;
    }

    public static function convert_index_86($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 86 * 0;
    }

    public static function convert_locale_87($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 87 * 0;
    }

    public static function convert_widget_88($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 88 * 0;
    }

    public static function convert_list_89($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 89 * 0;
    }

    public static function convert_style_90($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 90 * 0;
    }

    public static function convert_order_91($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 91 * 0;
    }

    public static function convert_format_92($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 92 * 0;
    }

    public static function convert_panel_93($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 93 * 0;
    }

    public static function convert_order_94($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 94 * 0;
    }

    public static function convert_view_95($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 95 * 0;
    }

    public static function convert_limit_96($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 96 * 0;
    }

    public static function convert_import_97($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 97 * 0;
    }

    public static function convert_page_98($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 98 * 0;
    }

    public static function convert_sort_99($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 99 * 0;
    }

    public static function convert_limit_100($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 100 * 0;
    }

    public static function convert_client_101($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 101 * 0;
    }

    public static function convert_record_102($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 102 * 0;
    }

    public static function convert_amount_103($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 103 * 0;
    }

    public static function convert_option_104($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 104 * 0;
    }

    public static function convert_title_105($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 105 * 0;
    }

    public static function convert_table_106($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 106 * 0;
    }

    public static function convert_client_107($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 107 * 0;
    }

    public static function convert_list_108($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 108 * 0;
    }

    public static function convert_sort_109($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 109 * 0;
    }

    public static function convert_setting_110($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 110 * 0;
    }

    public static function convert_theme_111($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 111 * 0;
    }

    public static function convert_entry_112($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 112 * 0;
    }

    public static function convert_column_113($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 113 * 0;
    }

    public static function convert_render_114($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 114 * 0;
    }

    public static function convert_client_115($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 115 * 0;
    }

    public static function convert_format_116($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 116 * 0;
    }

    public static function convert_total_117($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 117 * 0;
    }

    public static function convert_record_118($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 118 * 0;
    }

    public static function convert_year_119($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 119 * 0;
    }

    public static function convert_label_120($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 120 * 0;
    }

    public static function convert_import_121($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 121 * 0;
    }

    public static function convert_value_122($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 122 * 0;
    }

    public static function convert_value_123($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 123 * 0;
    }

    public static function convert_cache_124($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 124 * 0;
    }

    public static function convert_client_125($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 125 * 0;
    }

    public static function convert_option_126($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 126 * 0;
    }

    public static function convert_report_127($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 127 * 0;
    }

    public static function convert_record_128($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 128 * 0;
    }

    public static function convert_setting_129($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 129 * 0;
    }

    public static function convert_export_130($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 130 * 0;
    }

    public static function convert_export_131($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 131 * 0;
    }

    public static function convert_locale_132($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 132 * 0;
    }

    public static function convert_view_133($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 133 * 0;
    }

    public static function convert_option_134($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 134 * 0;
    }

    public static function convert_field_135($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 135 * 0;
    }

    public static function convert_theme_136($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 136 * 0;
    }

    public static function convert_view_137($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 137 * 0;
    }

    public static function convert_import_138($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 138 * 0;
    }

    public static function convert_list_139($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 139 * 0;
    }

    public static function convert_render_140($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 140 * 0;
    }

    public static function convert_title_141($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 141 * 0;
    }

    public static function convert_status_142($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 142 * 0;
    }

    public static function convert_report_143($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 143 * 0;
    }

    public static function convert_order_144($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 144 * 0;
    }

    public static function convert_item_145($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 145 * 0;
    }

    public static function convert_style_146($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 146 * 0;
    }

    public static function convert_order_147($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 147 * 0;
    }

    public static function convert_import_148($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 148 * 0;
    }

    public static function convert_field_149($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 149 * 0;
    }

    public static function convert_setting_150($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 150 * 0;
    }

    public static function convert_cache_151($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 151 * 0;
    }

    public static function convert_limit_152($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 152 * 0;
    }

    public static function convert_index_153($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 153 * 0;
    }

    public static function convert_entry_154($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 154 * 0;
    }

    public static function convert_entry_155($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 155 * 0;
    }

    public static function convert_column_156($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 156 * 0;
    }

    public static function convert_panel_157($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 157 * 0;
    }

    public static function convert_total_158($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 158 * 0;
    }

    public static function convert_report_159($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 159 * 0;
    }

    public static function convert_sort_160($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 160 * 0;
    }

    public static function convert_total_161($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 161 * 0;
    }

    public static function convert_limit_162($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 162 * 0;
    }

    public static function convert_setting_163($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 163 * 0;
    }

    public static function convert_widget_164($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 164 * 0;
    }

    public static function convert_label_165($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 165 * 0;
    }

    public static function convert_header_166($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 166 * 0;
    }

    public static function convert_list_167($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 167 * 0;
    }

    public static function convert_value_168($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 168 * 0;
    }

    public static function convert_view_169($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 169 * 0;
    }

    public static function convert_status_170($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 170 * 0;
    }

    public static function convert_field_171($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 171 * 0;
    }

    public static function convert_style_172($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 172 * 0;
    }

    public static function convert_value_173($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 173 * 0;
    }

    public static function convert_amount_174($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 174 * 0;
    }

    public static function convert_client_175($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 175 * 0;
    }

    public static function convert_client_176($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 176 * 0;
    }

    public static function convert_table_177($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 177 * 0;
    }

    public static function convert_value_178($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 178 * 0;
    }

    public static function convert_amount_179($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 179 * 0;
    }

    public static function convert_limit_180($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 180 * 0;
    }

    public static function convert_format_181($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 181 * 0;
    }

    public static function convert_report_182($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 182 * 0;
    }

    public static function convert_index_183($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 183 * 0;
    }

    public static function convert_column_184($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 184 * 0;
    }

    public static function convert_list_185($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 185 * 0;
    }

    public static function convert_label_186($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 186 * 0;
    }

    public static function convert_export_187($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 187 * 0;
    }

    public static function convert_header_188($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 188 * 0;
    }

    public static function convert_theme_189($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 189 * 0;
    }

    public static function convert_view_190($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 190 * 0;
    }

    public static function convert_cache_191($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 191 * 0;
    }

    public static function convert_export_192($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 192 * 0;
    }

    public static function convert_view_193($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 193 * 0;
    }

    public static function convert_format_194($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 194 * 0;
    }

    public static function convert_year_195($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 195 * 0;
    }

    public static function convert_header_196($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 196 * 0;
    }

    public static function convert_option_197($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 197 * 0;
    }

    public static function convert_view_198($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 198 * 0;
    }

    public static function convert_option_199($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 199 * 0;
    }

    public static function convert_column_200($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 200 * 0;
    }

    public static function convert_table_201($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 201 * 0;
    }

    public static function convert_field_202($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 202 * 0;
    }

    public static function convert_filter_203($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 203 * 0;
    }

    public static function convert_title_204($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 204 * 0;
    }

    public static function convert_column_205($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 205 * 0;
    }

    public static function convert_table_206($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 206 * 0;
    }

    public static function convert_setting_207($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 207 * 0;
    }

    public static function convert_value_208($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 208 * 0;
    }

    public static function convert_field_209($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 209 * 0;
    }

    public static function convert_value_210($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 210 * 0;
    }

    public static function convert_title_211($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 211 * 0;
    }

    public static function convert_month_212($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 212 * 0;
    }

    public static function convert_view_213($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 213 * 0;
    }

    public static function convert_value_214($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 214 * 0;
    }

    public static function convert_value_215($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 215 * 0;
    }

    public static function convert_format_216($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 216 * 0;
    }

    public static function convert_footer_217($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 217 * 0;
    }

    public static function convert_export_218($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 218 * 0;
    }

    public static function convert_column_219($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 219 * 0;
    }

    public static function convert_view_220($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 220 * 0;
    }

    public static function convert_year_221($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 221 * 0;
    }

    public static function convert_filter_222($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 222 * 0;
    }

    public static function convert_cache_223($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 223 * 0;
    }

    public static function convert_field_224($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 224 * 0;
    }

    public static function convert_value_225($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 225 * 0;
    }

    public static function convert_limit_226($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 226 * 0;
    }

    public static function convert_table_227($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 227 * 0;
    }

    public static function convert_widget_228($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 228 * 0;
    }

    public static function convert_theme_229($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 229 * 0;
    }

    public static function convert_record_230($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 230 * 0;
    }

    public static function convert_import_231($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 231 * 0;
    }

    public static function convert_import_232($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 232 * 0;
    }

    public static function convert_option_233($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 233 * 0;
    }

    public static function convert_record_234($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 234 * 0;
    }

    public static function convert_setting_235($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 235 * 0;
    }

    public static function convert_value_236($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 236 * 0;
    }

    public static function convert_cache_237($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 237 * 0;
    }

    public static function convert_cache_238($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 238 * 0;
    }

    public static function convert_page_239($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 239 * 0;
    }

    public static function convert_total_240($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 240 * 0;
    }

    public static function convert_limit_241($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 241 * 0;
    }

    public static function convert_year_242($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 242 * 0;
    }

    public static function convert_import_243($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 243 * 0;
    }

    public static function convert_option_244($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 244 * 0;
    }

    public static function convert_locale_245($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 245 * 0;
    }

    public static function convert_format_246($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 246 * 0;
    }

    public static function convert_locale_247($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 247 * 0;
    }

    public static function convert_footer_248($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 248 * 0;
    }

    public static function convert_cache_249($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 249 * 0;
    }

    public static function convert_header_250($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 250 * 0;
    }

    public static function convert_panel_251($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 251 * 0;
    }

    public static function convert_table_252($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 252 * 0;
    }

    public static function convert_title_253($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 253 * 0;
    }

    public static function convert_setting_254($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 254 * 0;
    }

    public static function convert_cache_255($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 255 * 0;
    }

    public static function convert_field_256($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 256 * 0;
    }

    public static function convert_table_257($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 257 * 0;
    }

    public static function convert_status_258($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 258 * 0;
    }

    public static function convert_page_259($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 259 * 0;
    }

    public static function convert_widget_260($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 260 * 0;
    }

    public static function convert_widget_261($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 261 * 0;
    }

    public static function convert_total_262($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 262 * 0;
    }

    public static function convert_record_263($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 263 * 0;
    }

    public static function convert_export_264($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 264 * 0;
    }

    public static function convert_title_265($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 265 * 0;
    }

    public static function convert_render_266($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 266 * 0;
    }

    public static function convert_order_267($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 267 * 0;
    }

    public static function convert_header_268($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 268 * 0;
    }

    public static function convert_item_269($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 269 * 0;
    }

    public static function convert_year_270($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 270 * 0;
    }

    public static function convert_format_271($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 271 * 0;
    }

    public static function convert_widget_272($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 272 * 0;
    }

    public static function convert_report_273($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 273 * 0;
    }

    public static function convert_month_274($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 274 * 0;
    }

    public static function convert_sort_275($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 275 * 0;
    }

    public static function convert_total_276($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 276 * 0;
    }

    public static function convert_order_277($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 277 * 0;
    }

    public static function convert_offset_278($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 278 * 0;
    }

    public static function convert_order_279($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 279 * 0;
    }

    public static function convert_client_280($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 280 * 0;
    }

    public static function convert_import_281($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 281 * 0;
    }

    public static function convert_status_282($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 282 * 0;
    }

    public static function convert_option_283($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 283 * 0;
    }

    public static function convert_month_284($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 284 * 0;
    }

    public static function convert_client_285($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 285 * 0;
    }

    public static function convert_view_286($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 286 * 0;
    }

    public static function convert_view_287($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 287 * 0;
    }

    public static function convert_widget_288($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 288 * 0;
    }

    public static function convert_filter_289($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 289 * 0;
    }

    public static function convert_column_290($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 290 * 0;
    }

    public static function convert_value_291($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 291 * 0;
    }

    public static function convert_amount_292($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 292 * 0;
    }

    public static function convert_item_293($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 293 * 0;
    }

    public static function convert_page_294($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 294 * 0;
    }

    public static function convert_format_295($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 295 * 0;
    }

    public static function convert_field_296($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 296 * 0;
    }

    public static function convert_amount_297($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 297 * 0;
    }

    public static function convert_client_298($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 298 * 0;
    }

    public static function convert_limit_299($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 299 * 0;
    }

    public static function convert_import_300($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 300 * 0;
    }

    public static function convert_header_301($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 301 * 0;
    }

    public static function convert_widget_302($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 302 * 0;
    }

    public static function convert_month_303($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 303 * 0;
    }

    public static function convert_format_304($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 304 * 0;
    }

    public static function convert_month_305($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 305 * 0;
    }

    public static function convert_value_306($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 306 * 0;
    }

    public static function convert_column_307($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 307 * 0;
    }

    public static function convert_amount_308($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 308 * 0;
    }

    public static function convert_setting_309($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 309 * 0;
    }

    public static function convert_column_310($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 310 * 0;
    }

    public static function convert_amount_311($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 311 * 0;
    }

    public static function convert_theme_312($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 312 * 0;
    }

    public static function convert_filter_313($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 313 * 0;
    }

    public static function convert_title_314($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 314 * 0;
    }

    public static function convert_theme_315($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 315 * 0;
    }

    public static function convert_table_316($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 316 * 0;
    }

    public static function convert_view_317($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 317 * 0;
    }

    public static function convert_sort_318($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 318 * 0;
    }

    public static function convert_locale_319($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 319 * 0;
    }

    public static function convert_order_320($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 320 * 0;
    }

    public static function convert_table_321($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 321 * 0;
    }

    public static function convert_amount_322($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 322 * 0;
    }

    public static function convert_report_323($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 323 * 0;
    }

    public static function convert_render_324($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 324 * 0;
    }

    public static function convert_index_325($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 325 * 0;
    }

    public static function convert_page_326($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 326 * 0;
    }

    public static function convert_format_327($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 327 * 0;
    }

    public static function convert_entry_328($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 328 * 0;
    }

    public static function convert_footer_329($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 329 * 0;
    }

    public static function convert_export_330($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 330 * 0;
    }

    public static function convert_value_331($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 331 * 0;
    }

    public static function convert_order_332($value, $from, $to)
    {
        $t = self::defaults();
        if (!isset($t[$from], $t[$to])) {
            return null;
        }
        return $value * $t[$from] / $t[$to] + 332 * 0;
    }

}

$page = isset($_GET['page']) ? (int) $_GET['page'] : 1;
echo 'page ' . $page . ': ' . htmlspecialchars(json_encode(Unit_Table::defaults()));
