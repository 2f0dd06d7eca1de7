// Copyright 2022 Mandiant, Inc. All Rights Reserved
// Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except in compliance with the License. You may obtain a copy of the License at
// http://www.apache.org/licenses/LICENSE-2.0
// Unless required by applicable law or agreed to in writing, software distributed under the License
// is distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and limitations under the License.

use std::mem::size_of;

use crate::chunks::firehose::firehose_log::FirehoseItemType;
use crate::decoders::darwin::errno_codes;
use crate::decoders::decoder;
use log::{debug, error, info, warn};
use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{is_a, is_not, take, take_until};
use nom::character::complete::digit0;
use regex::Regex;

struct FormatAndMessage {
    formatter: String,
    message: String,
}

const FLOAT_TYPES: [&str; 6] = ["f", "F", "e", "E", "g", "G"];
const INT_TYPES: [&str; 4] = ["d", "D", "i", "u"];
const HEX_TYPES: [&str; 5] = ["x", "X", "a", "A", "p"];
const OCTAL_TYPES: [&str; 2] = ["o", "O"];
const ERROR_TYPES: [&str; 1] = ["m"];
const STRING_TYPES: [&str; 6] = ["c", "s", "@", "S", "C", "P"];

/// Format the Unified Log message entry based on the parsed log items. Formatting follows the C lang prinf formatting process
pub fn format_firehose_log_message(
    format_string: String,
    item_message: &Vec<FirehoseItemType>,
    message_re: &Regex,
) -> String {
    let mut log_message = format_string;
    let mut format_and_message_vec: Vec<FormatAndMessage> = Vec::new();
    info!("Unified log base message: {log_message:?}");
    info!("Unified log entry strings: {item_message:?}");

    // Some log entries may be completely empty (no format string or message data)
    /*
        tp 1976 + 32:       log default (shared_cache, has_subsystem)
        thread:         0000000000000d8f
        time:           +56.919s
        walltime:       1642303846 - 2022-01-15 19:30:46 (Saturday)
        location:       pc:0x1bd34bda fmt:0x1bde2be0
        image uuid:     4CA1B500-20EF-3E30-B63B-3E3579524A7F
        image path:     /System/Library/PrivateFrameworks/TelephonyUtilities.framework/Versions/A/TelephonyUtilities
        format:
        subsystem:      156 com.apple.calls.telephonyutilities.Default
    */
    if log_message.is_empty() && item_message.is_empty() {
        return String::new();
    }
    if log_message.is_empty() {
        return item_message[0].message_strings.to_owned();
    }
    let results = message_re.find_iter(&log_message);

    let mut item_index = 0;
    for formatter in results {
        // Skip literal "% " values
        if formatter.as_str().starts_with("% ") {
            continue;
        }

        let mut format_and_message = FormatAndMessage {
            formatter: String::new(),
            message: String::new(),
        };

        // %% is literal %
        if formatter.as_str() == "%%" {
            format_and_message.formatter = formatter.as_str().to_string();
            format_and_message.message = String::from("%");
            format_and_message_vec.push(format_and_message);
            continue;
        }

        // Sometimes the log message does not have all of the message strings
        // Apple labels them: "<decode: missing data>"
        if item_index >= item_message.len() {
            format_and_message.formatter = formatter.as_str().to_string();
            format_and_message.message = String::from("<Missing message data>");
            format_and_message_vec.push(format_and_message);
            continue;
        }
        let mut formatted_log_message = item_message[item_index].message_strings.to_owned();
        let formatter_string = formatter.as_str();

        // If the formatter does not have a type then the entry is the literal foramt
        // Ex: RDAlarmNotificationConsumer {identifier: %{public}%@ currentSet: %@, count: %{public}%d}
        //  -> RDAlarmNotificationConsumer {identifier: {public}<private> allowedSet: <private>, count {public}0}
        if formatter_string.starts_with("%{") && formatter_string.ends_with('}') {
            format_and_message.formatter = formatter_string.to_string();
            formatter_string.to_string().remove(0);
            format_and_message.message = formatter_string.to_string();
            format_and_message_vec.push(format_and_message);
            continue;
        }

        const PRECISION_ITEMS: [u8; 2] = [0x10, 0x12]; // dynamic precision item types?
        // If the item message was a precision type increment to actual value
        if PRECISION_ITEMS.contains(&item_message[item_index].item_type) {
            item_index += 1;
        }
        // Also seen number type value 0 also used for dynamic width/precision value
        let dynamic_precision_value = 0x0;
        if (item_message[item_index].item_type == dynamic_precision_value
            && item_message[item_index].item_size == 0)
            && formatter_string.contains("%*")
        {
            item_index += 1;
        }

        if item_index >= item_message.len() {
            format_and_message.formatter = formatter.as_str().to_string();
            format_and_message.message = String::from("<Missing message data>");
            format_and_message_vec.push(format_and_message);
            continue;
        }

        let private_strings = [0x1, 0x21, 0x31, 0x41];
        let private_number = 0x1;
        let private_message = 0x8000;
        if formatter_string.starts_with("%{") {
            // If item type is [0x1, 0x21, 0x31, 0x41] and the value is zero. Its appears to be a private string
            /*
               0x31 (object type) example below
                tp 16 + 413:        log default (shared_cache, has_subsystem)
                pubdata:
                00000000: 04 00 04 02 50 f7 cf 2e ea ae 00 00 00 00 00 00 ....P...........
                00000010: 00 00 00 00 10 00 85 01 1a 74 bf 2e 0d 00 03 20 .........t.....
                00000020: 22 04 00 00 02 00 41 04 00 00 00 00 42 04 02 00 ".....A.....B...
                00000030: 56 00 22 04 58 00 04 00 12 04 10 00 00 00 32 04 V.".X.........2.
                00000040: 5c 00 10 00 01 04 00 00 00 00 02 04 4f c0 00 00 \...........O...
                00000050: 12 04 10 00 00 00 31 04 00 00 00 00 42 04 6c 00 ......1.....B.l.
                00000060: 39 00 02 04 01 00 00 00 02 04 43 03 00 00 02 04 9.........C.....
                00000070: 00 00 00 00 02 04 00 00 00 00 02 04 00 00 00 00 ................
                00000080: 02 04 12 00 00 00 22 04 a5 00 04 00 02 04 00 00 ......".........
                00000090: 00 00 02 04 12 00 00 00 02 04 00 00 00 00 02 04 ................
                000000a0: 0f 00 00 00 02 04 00 00 00 00 02 04 28 00 00 00 ............(...
                000000b0: 02 08 2b 23 00 00 00 00 00 00 02 08 ad 03 00 00 ..+#............
                000000c0: 00 00 00 00 02 08 08 00 00 00 00 00 00 00 02 08 ................
                000000d0: 08 00 00 00 00 00 00 00 02 04 00 00 00 00 02 04 ................
                000000e0: 0a 00 00 00 02 08 00 00 00 00 00 00 00 00 02 04 ................
                000000f0: 00 00 00 00 39 00 73 74 72 65 61 6d 2c 20 62 75 ....9.stream, bu
                00000100: 6e 64 6c 65 20 69 64 3a 20 74 72 75 73 74 64 2c ndle id: trustd,
                00000110: 20 70 69 64 3a 20 31 35 38 2c 20 74 72 61 66 66  pid: 158, traff
                00000120: 69 63 20 63 6c 61 73 73 3a 20 31 30 30 2c 20 74 ic class: 100, t
                00000130: 6c 73 2c 20 69 6e 64 65 66 69 6e 69 74 65 2c 20 ls, indefinite,
                00000140: 6e 6f 20 63 65 6c 6c 75 6c 61 72 00 39 2e 31 00 no cellular.9.1.
                00000150: 11 5c 75 bd e7 7e 40 c2 ba cf 46 cc b6 32 da 2c .\u..~@...F..2.,
                00000160: 73 61 74 69 73 66 69 65 64 20 28 50 61 74 68 20 satisfied (Path
                00000170: 69 73 20 73 61 74 69 73 66 69 65 64 29 2c 20 69 is satisfied), i
                00000180: 6e 74 65 72 66 61 63 65 3a 20 65 6e 30 2c 20 69 nterface: en0, i
                00000190: 70 76 34 2c 20 64 6e 73 00 54 43 50 00          pv4, dns.TCP.       thread:         000000000000aeea
                    time:           +68.719s
                    walltime:       1640404673 - 2021-12-24 22:57:53 (Friday)
                    location:       pc:0x2ebf741a fmt:0x2ecff750
                    image uuid:     E185D902-AC7F-3044-87C0-AE2887C59CE7
                    image path:     /usr/lib/libnetwork.dylib
                    format:         [%{public}s %{private}@ %{public}@] cancelled
                    [%s %{uuid_t}.16P %{private,network:in_addr}d.%d<->%{private,network:sockaddr}.*P]
                    Connected Path: %@
                    Duration: %u.%03us, DNS @%u.%03us took %u.%03us, %{public}s @%u.%03us took %u.%03us, TLS took %u.%03us
                    bytes in/out: %llu/%llu, packets in/out: %llu/%llu, rtt: %u.%03us, retransmitted packets: %llu, out-of-order packets: %u
                    subsystem:      13 com.apple.network.

                    [9 <private> stream, bundle id: trustd, pid: 158, traffic class: 100, tls, indefinite, no cellular] cancelled
                    [9.1 115C75BD-E77E-40C2-BACF-46CCB632DA2C <private>.49231<-><private>]
                    Connected Path: satisfied (Path is satisfied), interface: en0, ipv4, dns
                    Duration: 1.835s, DNS @0.000s took 0.018s, TCP @0.018s took 0.015s, TLS took 0.040s
                    bytes in/out: 9003/941, packets in/out: 8/8, rtt: 0.010s, retransmitted packets: 0, out-of-order packets: 0
            */
            if private_strings.contains(&item_message[item_index].item_type)
                && item_message[item_index].message_strings.is_empty()
                && item_message[item_index].item_size == 0
                || (item_message[item_index].item_type == private_number
                    && item_message[item_index].item_size == private_message)
            {
                formatted_log_message = String::from("<private>");
            } else {
                let results = parse_type_formatter(
                    formatter_string,
                    item_message,
                    item_message[item_index].item_type,
                    item_index,
                );
                match results {
                    Ok((_, formatted_message)) => formatted_log_message = formatted_message,
                    Err(err) => warn!("Failed to format message type ex: public/private: {err:?}"),
                }
            }
        } else {
            // If item type is [0x1, 0x21, 0x31, 0x41] and the size is zero (or 0x8000 for 0x1). Its appears to be a literal <private> string
            /*
                0x1 (number type) example below
                tp 456 + 54:        log default (main_exe)
                pubdata:
                00000000: 04 00 02 00 d8 07 90 00 00 00 00 00 00 00 00 00 ................
                00000010: 64 54 af 0a 00 00 1e 00 9c 00 89 00 01 04 01 04 dT..............
                00000020: 00 00 00 00 01 04 00 00 00 00 01 04 00 00 00 00 ................
                00000030: 01 04 00 00 00 00                               ......              thread:         0000000000000000
                    time:           +0.179s
                    walltime:       1642303789 - 2022-01-15 19:29:49 (Saturday)
                    location:       pc:0x89009c fmt:0x9007d8
                    image uuid:     ABC69550-60C2-34FE-B307-C24A8C39309C
                    image path:     /kernel
                    format:         kext submap [0x%lx - 0x%lx], kernel text [0x%lx - 0x%lx]
                kext submap [0x<private> - 0x<private>], kernel text [0x<private> - 0x<private>]
            */
            if private_strings.contains(&item_message[item_index].item_type)
                && item_message[item_index].message_strings.is_empty()
                && item_message[item_index].item_size == 0
                || (item_message[item_index].item_type == private_number
                    && item_message[item_index].item_size == private_message)
            {
                formatted_log_message = String::from("<private>");
            } else {
                let results = parse_formatter(
                    formatter_string,
                    item_message,
                    item_message[item_index].item_type,
                    item_index,
                );
                match results {
                    Ok((_, formatted_message)) => formatted_log_message = formatted_message,
                    Err(err) => warn!("[macos-unifiedlogs] Failed to format message: {err:?}"),
                }
            }
        }

        item_index += 1;
        format_and_message.formatter = formatter.as_str().to_string();
        format_and_message.message = formatted_log_message;
        format_and_message_vec.push(format_and_message);
    }

    let mut log_message_vec: Vec<String> = Vec::new();
    for values in format_and_message_vec {
        // Split the values by printf formatter
        // We have to do this instead of using replace because our replacement string may also contain a printf formatter
        let message_results = log_message.split_once(&values.formatter);
        match message_results {
            Some((message_part, remaining_message)) => {
                log_message_vec.push(message_part.to_string());
                log_message_vec.push(values.message);
                log_message = remaining_message.to_string();
            }
            None => error!(
                "Failed to split log message ({log_message}) by printf formatter: {}",
                values.formatter
            ),
        }
    }
    log_message_vec.push(log_message);
    log_message_vec.join("")
}

// Format strings are based on C printf formats. Parse format specification
fn parse_formatter<'a>(
    formatter: &'a str,
    message_value: &'a [FirehoseItemType],
    item_type: u8,
    item_index: usize,
) -> nom::IResult<&'a str, String> {
    let mut index = item_index;

    const PRECISION_ITEMS: [u8; 2] = [0x10, 0x12];
    let mut precision_value = 0;
    if PRECISION_ITEMS.contains(&item_type) {
        precision_value = message_value[index].item_size as usize;
        index += 1;

        if index >= message_value.len() {
            error!(
                "[macos-unifiedlogs] Index now greater than messages array. This should not have happened. Index: {index}. Message Array len: {}",
                message_value.len()
            );
            return Ok(("", String::from("Failed to format string due index length")));
        }
    }

    let mut message = message_value[index].message_strings.to_owned();

    let number_item_type: Vec<u8> = vec![0x0, 0x1, 0x2];

    // If the message formatter is expects a string/character and the message string is a number type
    // Try to convert to a character/string
    if formatter.to_lowercase().ends_with('c')
        && number_item_type.contains(&message_value[index].item_type)
    {
        let char_results = message_value[index].message_strings.parse::<u32>();
        match char_results {
            Ok(char_message) => message = (char_message as u8 as char).to_string(),
            Err(err) => {
                error!("[macos-unifiedlogs] Failed to parse number item to char string: {err:?}");
                return Ok((
                    "",
                    String::from("Failed to parse number item to char string"),
                ));
            }
        }
    }

    let mut left_justify = false;
    let mut hashtag = false;
    let mut pad_zero = false;
    let mut plus_minus = false;
    let mut width_index = 1;
    for (index, format_values) in formatter.chars().enumerate() {
        if index == 0 {
            continue;
        }

        match format_values {
            '-' => left_justify = true,
            '+' => plus_minus = true,
            '#' => hashtag = true,
            '0' => pad_zero = true,
            _ => {
                width_index = index;
                break;
            }
        }
    }

    let mut formatter_message = &formatter[width_index..];
    let (input, mut width) = digit0(formatter_message)?;
    formatter_message = input;
    let width_value;

    if formatter_message.starts_with('*') {
        // Also seen number type value 0 used for dynamic width/precision value
        const DYNAMIC_PRECISION_VALUE: u8 = 0x0;
        if item_type == DYNAMIC_PRECISION_VALUE && message_value[index].item_size == 0 {
            precision_value = message_value[index].item_size as usize;
            index += 1;
            if index >= message_value.len() {
                error!(
                    "[macos-unifiedlogs] Index now greater than messages array. This should not have happened. Index: {index}. Message Array len: {}",
                    message_value.len()
                );
                return Ok((
                    "",
                    String::from("Failed to format precision/dynamic string due index length"),
                ));
            }
            message_value[index]
                .message_strings
                .clone_into(&mut message);
        }

        width_value = format!("{precision_value}");
        width = width_value.as_str();
        let (input, _) = take(size_of::<u8>())(formatter_message)?;
        formatter_message = input;
    }

    if formatter_message.starts_with('.') {
        let (input, _) = is_a(".")(formatter_message)?;

        // Precision may not have an additional value
        // Example: %.f or %.lf is valid precision. The precision value is 0
        if input.len() == 1 || input.chars().next().unwrap_or_default().is_alphabetic() {
            precision_value = 0;
            formatter_message = input;
        } else {
            let (input, precision_data) = is_not("hljzZtqLdDiuUoOcCxXfFeEgGaASspPn%@")(input)?;
            if precision_data != "*" {
                let precision_results = precision_data.parse::<usize>();
                match precision_results {
                    Ok(value) => precision_value = value,
                    Err(err) => {
                        error!(
                            "[macos-unifiedlogs] Failed to parse format precision value: {err:?}"
                        )
                    }
                }
            } else if precision_value != 0 {
                // For dynamic length use the length of the message string
                precision_value = message_value.len();
            }
            formatter_message = input;
        }
    }

    // Get Length data if it exists or get the type format
    let (input, length_data) =
        alt((is_a("hlwIztq"), is_a("cmCdiouxXeEfgGaAnpsSZP@"))).parse(formatter_message)?;
    formatter_message = input;

    let mut type_data = length_data;
    let length_values = ["h", "hh", "l", "ll", "w", "I", "z", "t", "q"];
    if length_values.contains(&length_data) {
        let (_, type_format) = is_a("cmCdiouxXeEfgGaAnpsSZP@")(formatter_message)?;
        type_data = type_format;
    }

    // Error types map error code to error message string. Currently not mapping to error message string
    // Ex: open on %s: %m
    //    "open on /var/folders: No such file or directory"
    // "No such file or directory" is error code 2
    if ERROR_TYPES.contains(&type_data) {
        return Ok(("", errno_codes(&message)));
    }

    let alignment = if left_justify {
        Alignment::Left
    } else {
        Alignment::Right
    };

    let padding = if pad_zero {
        Padding::Zero
    } else {
        Padding::Space
    };

    let mut message_data = MessageFormatters {
        item_string: None,
        item_number: None,
        item_float: None,
        precision: Some(precision_value),
        width: 0,
        item_format: type_data.to_string(),
        plus_minus,
        hashtag,
        alignment,
        message,
        number_format: NumberFormat::None,
        padding,
    };
    determine_message_item(&mut message_data);

    if !width.is_empty() {
        let width_results = width.parse::<usize>();
        match width_results {
            Ok(value) => message_data.width = value,
            Err(err) => error!("[macos-unifiedlogs] Failed to parse format width value: {err:?}"),
        }

        format_message_padding(&mut message_data);
        return Ok(("", message_data.message));
    }

    format_message(&mut message_data);
    Ok(("", message_data.message))
}

// Function to parse formatters containing types. Ex: %{errno}d, %{public}s, %{private}s, %{sensitive}
fn parse_type_formatter<'a>(
    formatter: &'a str,
    message_value: &'a [FirehoseItemType],
    item_type: u8,
    item_index: usize,
) -> nom::IResult<&'a str, String> {
    let (format, format_type) = take_until("}")(formatter)?;

    let apple_object = decoder::check_objects(format_type, message_value, item_type, item_index);

    // If we successfully decoded an apple object, then there is nothing to format.
    // Signpost entries have not been seen with custom objects
    if !apple_object.is_empty() {
        return Ok(("", apple_object));
    }

    let (_, mut message) = parse_formatter(format, message_value, item_type, item_index)?;
    if format_type.contains("signpost") {
        let (_, signpost_message) = parse_signpost_format(format_type)?;
        message = format!("{message} ({signpost_message})");
    }
    Ok(("", message))
}

// Try to parse additional signpost metadata.
// Ex: %{public,signpost.description:attribute}@
//     %{public,signpost.telemetry:number1,name=SOSSignpostNameSOSCCCopyApplicantPeerInfo}d
fn parse_signpost_format(signpost_format: &str) -> nom::IResult<&str, String> {
    let mut signpost_message;
    let (signpost_value, _) = is_a("%{")(signpost_format)?;

    if signpost_format.starts_with("%{sign") {
        let signpost_vec: Vec<&str> = signpost_value.split(',').collect();
        signpost_message = signpost_vec[0].to_string();
    } else {
        let signpost_vec: Vec<&str> = signpost_value.split(',').collect();
        signpost_message = signpost_vec[1].to_string();
        signpost_message = signpost_message.trim().to_string();
    }
    Ok(("", signpost_message))
}

#[derive(Debug)]
struct MessageFormatters {
    /// If Some then message item is a string
    item_string: Option<String>,
    /// If Some then message item is an integer
    item_number: Option<i64>,
    /// If Some then message item is float
    item_float: Option<f64>,
    precision: Option<usize>,
    width: usize,
    item_format: String,
    plus_minus: bool,
    hashtag: bool,
    /// Determines direction `padding` will be applied to
    alignment: Alignment,
    message: String,
    /// Determines `item_number` format (Decimal, Octal, or Hex)
    number_format: NumberFormat,
    /// If width value is not 0. Then padding of Spaces or Zeros will be added (if required)
    padding: Padding,
}

#[derive(Debug, PartialEq)]
enum Padding {
    Zero,
    Space,
}

#[derive(Debug, PartialEq)]
enum Alignment {
    Left,
    Right,
}

#[derive(Debug, PartialEq)]
enum NumberFormat {
    Octal,
    Hex,
    Decimal,
    None,
}

/// Determine how the message item should be formatted as
fn determine_message_item(message: &mut MessageFormatters) {
    if FLOAT_TYPES.contains(&message.item_format.as_str()) {
        message.item_float = Some(parse_float(message.message.clone()));
    } else if INT_TYPES.contains(&message.item_format.as_str()) {
        message.item_number = Some(parse_int(message.message.clone()));
        message.number_format = NumberFormat::Decimal;
    } else if OCTAL_TYPES.contains(&message.item_format.as_str()) {
        message.item_number = Some(parse_int(message.message.clone()));
        message.number_format = NumberFormat::Octal;
    } else if HEX_TYPES.contains(&message.item_format.as_str()) {
        message.item_number = Some(parse_int(message.message.clone()));
        message.number_format = NumberFormat::Hex;
    } else if STRING_TYPES.contains(&message.item_format.as_str()) {
        message.item_string = Some(message.message.clone());
    }
}

/// Format the event message with no padding
fn format_message(message: &mut MessageFormatters) {
    let mut precision_value = 0;
    let mut plus_option = String::new();

    if let Some(precise) = message.precision {
        precision_value = precise;
    }
    if message.plus_minus {
        plus_option = String::from("+");
    }

    if let Some(item) = message.item_float {
        if precision_value == 0 {
            let message_float = item.to_string();
            let float_precision: Vec<&str> = message_float.split('.').collect();
            if float_precision.len() == 2 {
                precision_value = float_precision[1].len();
            }
        }

        if message.alignment == Alignment::Right {
            message.message = format!("{plus_option}{item:>.precision_value$}");
            return;
        }

        // Align to left <
        message.message = format!("{plus_option}{item:<.precision_value$}");
    } else if let Some(item) = message.item_number {
        match message.number_format {
            NumberFormat::Octal => {
                if message.alignment == Alignment::Right {
                    if message.hashtag {
                        message.message = format!("{plus_option}{item:>#.precision_value$o}");
                        return;
                    }
                    // No hashtag option aligned to the right
                    message.message = format!("{plus_option}{item:>.precision_value$o}");
                    return;
                }

                // Align to left <
                if message.hashtag {
                    message.message = format!("{plus_option}{item:<#.precision_value$o}");
                    return;
                }
                // No hashtag option aligned to the left
                message.message = format!("{plus_option}{item:<.precision_value$o}");
            }
            NumberFormat::Hex => {
                if message.alignment == Alignment::Right {
                    if message.hashtag {
                        message.message = format!("{plus_option}{item:>#.precision_value$X}");
                        return;
                    }
                    // No hashtag option aligned to the right
                    message.message = format!("{plus_option}{item:>.precision_value$X}");
                    return;
                }

                if message.hashtag {
                    message.message = format!("{plus_option}{item:<#.precision_value$X}");
                    return;
                }
                // No hashtag option aligned to the left
                message.message = format!("{plus_option}{item:<.precision_value$X}");
            }
            NumberFormat::Decimal => {
                if message.alignment == Alignment::Right {
                    message.message = format!("{plus_option}{item:>.precision_value$}");
                    return;
                }

                message.message = format!("{plus_option}{item:<.precision_value$}");
            }
            NumberFormat::None => {
                error!("[macos-unifiedlogs] Got NumberFormat None for {message:?}")
            }
        }
    } else if let Some(item) = &message.item_string {
        if precision_value == 0 {
            precision_value = item.len()
        }
        if message.alignment == Alignment::Right {
            message.message = format!("{plus_option}{item:>.precision_value$}");
            return;
        }

        // Align to left <
        message.message = format!("{plus_option}{item:<.precision_value$}");
    }
}

/// Format the event message using zeros or spaces as padding. All messages have alignment to left or right with padding if needed
/// Message values can also have width and precision requirements
fn format_message_padding(message: &mut MessageFormatters) {
    let mut precision_value = 0;
    let mut plus_option = String::new();
    let mut adjust_width = 0;

    if let Some(precise) = message.precision {
        precision_value = precise;
    }
    if message.plus_minus {
        plus_option = String::from("+");
        adjust_width = 1;
    }

    // Handle different types of message values
    // 3 types: floats, integer, strings.
    // Integers can be decimal, octal, or hex format
    // All types can have precision requirements
    if let Some(item) = message.item_float {
        if precision_value == 0 {
            let message_float = item.to_string();
            let float_precision: Vec<&str> = message_float.split('.').collect();
            if float_precision.len() == 2 {
                precision_value = float_precision[1].len();
            }
        }

        // Use Zeros padding
        if message.padding == Padding::Zero {
            if message.alignment == Alignment::Right {
                message.message = format!(
                    "{plus_symbol}{item:0>width$.precision$}",
                    width = message.width - adjust_width,
                    precision = precision_value,
                    plus_symbol = plus_option
                );
                return;
            }

            message.message = format!(
                "{plus_symbol}{item:0<width$.precision$}",
                width = message.width - adjust_width,
                precision = precision_value,
                plus_symbol = plus_option
            );
            return;
        }

        // Use Spaces padding
        if message.alignment == Alignment::Right {
            message.message = format!(
                "{plus_symbol}{item:>width$.precision$}",
                width = message.width - adjust_width,
                precision = precision_value,
                plus_symbol = plus_option
            );
            return;
        }

        message.message = format!(
            "{plus_symbol}{item:<width$.precision$}",
            width = message.width - adjust_width,
            precision = precision_value,
            plus_symbol = plus_option
        );
    } else if let Some(item) = message.item_number {
        match message.number_format {
            NumberFormat::Octal => {
                // Use Zeros padding
                if message.padding == Padding::Zero {
                    if message.alignment == Alignment::Right {
                        if message.hashtag {
                            message.message = format!(
                                "{plus_symbol}{item:0>#width$.precision$o}",
                                width = message.width - adjust_width,
                                precision = precision_value,
                                plus_symbol = plus_option
                            );
                            return;
                        }
                        // No hashtag option aligned to the right
                        message.message = format!(
                            "{plus_symbol}{item:0>width$.precision$o}",
                            width = message.width - adjust_width,
                            precision = precision_value,
                            plus_symbol = plus_option
                        );
                        return;
                    }

                    // Align to left <
                    if message.hashtag {
                        message.message = format!(
                            "{plus_symbol}{item:0<#width$.precision$o}",
                            width = message.width - adjust_width,
                            precision = precision_value,
                            plus_symbol = plus_option
                        );
                        return;
                    }
                    // No hashtag option aligned to the left
                    message.message = format!(
                        "{plus_symbol}{item:0<width$.precision$o}",
                        width = message.width - adjust_width,
                        precision = precision_value,
                        plus_symbol = plus_option
                    );

                    return;
                }

                // Use Spaces padding
                if message.alignment == Alignment::Right {
                    if message.hashtag {
                        message.message = format!(
                            "{plus_symbol}{item:>#width$.precision$o}",
                            width = message.width - adjust_width,
                            precision = precision_value,
                            plus_symbol = plus_option
                        );
                        return;
                    }
                    // No hashtag option aligned to the right
                    message.message = format!(
                        "{plus_symbol}{item:>width$.precision$o}",
                        width = message.width - adjust_width,
                        precision = precision_value,
                        plus_symbol = plus_option
                    );
                    return;
                }

                if message.hashtag {
                    message.message = format!(
                        "{plus_symbol}{item:<#width$.precision$o}",
                        width = message.width - adjust_width,
                        precision = precision_value,
                        plus_symbol = plus_option
                    );
                    return;
                }
                // No hashtag option aligned to the left
                message.message = format!(
                    "{plus_symbol}{item:<width$.precision$o}",
                    width = message.width - adjust_width,
                    precision = precision_value,
                    plus_symbol = plus_option
                );
            }
            NumberFormat::Hex => {
                // Use Zeros padding
                if message.padding == Padding::Zero {
                    if message.alignment == Alignment::Right {
                        if message.hashtag {
                            message.message = format!(
                                "{plus_symbol}{item:0>#width$.precision$X}",
                                width = message.width - adjust_width,
                                precision = precision_value,
                                plus_symbol = plus_option
                            );
                            return;
                        }
                        // No hashtag option aligned to the right
                        message.message = format!(
                            "{plus_symbol}{item:0>width$.precision$X}",
                            width = message.width - adjust_width,
                            precision = precision_value,
                            plus_symbol = plus_option
                        );
                        return;
                    }

                    // Align to left <
                    if message.hashtag {
                        message.message = format!(
                            "{plus_symbol}{item:0<#width$.precision$X}",
                            width = message.width - adjust_width,
                            precision = precision_value,
                            plus_symbol = plus_option
                        );
                        return;
                    }
                    // No hashtag option aligned to the left
                    message.message = format!(
                        "{plus_symbol}{item:0<width$.precision$X}",
                        width = message.width - adjust_width,
                        precision = precision_value,
                        plus_symbol = plus_option
                    );

                    return;
                }

                // Use Spaces padding
                if message.alignment == Alignment::Right {
                    if message.hashtag {
                        message.message = format!(
                            "{plus_symbol}{item:>#width$.precision$X}",
                            width = message.width - adjust_width,
                            precision = precision_value,
                            plus_symbol = plus_option
                        );
                        return;
                    }
                    // No hashtag option aligned to the right
                    message.message = format!(
                        "{plus_symbol}{item:>width$.precision$X}",
                        width = message.width - adjust_width,
                        precision = precision_value,
                        plus_symbol = plus_option
                    );
                    return;
                }

                if message.hashtag {
                    message.message = format!(
                        "{plus_symbol}{item:<#width$.precision$X}",
                        width = message.width - adjust_width,
                        precision = precision_value,
                        plus_symbol = plus_option
                    );
                }
                // No hashtag option aligned to the left
                message.message = format!(
                    "{plus_symbol}{item:0<width$.precision$X}",
                    width = message.width - adjust_width,
                    precision = precision_value,
                    plus_symbol = plus_option
                );
            }
            NumberFormat::Decimal => {
                // Use Zeros padding
                if message.padding == Padding::Zero {
                    if message.alignment == Alignment::Right {
                        message.message = format!(
                            "{plus_symbol}{item:0>width$.precision$}",
                            width = message.width - adjust_width,
                            precision = precision_value,
                            plus_symbol = plus_option
                        );
                        return;
                    }

                    // Align to left <
                    message.message = format!(
                        "{plus_symbol}{item:0<width$.precision$}",
                        width = message.width - adjust_width,
                        precision = precision_value,
                        plus_symbol = plus_option
                    );

                    return;
                }
                // Use Spaces padding
                if message.alignment == Alignment::Right {
                    message.message = format!(
                        "{plus_symbol}{item:>width$.precision$}",
                        width = message.width - adjust_width,
                        precision = precision_value,
                        plus_symbol = plus_option
                    );
                    return;
                }

                message.message = format!(
                    "{plus_symbol}{item:<width$.precision$}",
                    width = message.width - adjust_width,
                    precision = precision_value,
                    plus_symbol = plus_option
                );
            }
            NumberFormat::None => {
                error!("[macos-unifiedlogs] Got NumberFormat None for {message:?}")
            }
        }
    } else if let Some(item) = &message.item_string {
        // Use Zeros padding
        if message.padding == Padding::Zero {
            if message.alignment == Alignment::Right {
                if precision_value == 0 {
                    precision_value = item.len()
                }
                message.message = format!(
                    "{plus_symbol}{item:0>width$.precision$}",
                    width = message.width - adjust_width,
                    precision = precision_value,
                    plus_symbol = plus_option
                );
                return;
            }

            if precision_value == 0 {
                precision_value = item.len()
            }
            // Align to left <
            message.message = format!(
                "{plus_symbol}{item:0<width$.precision$}",
                width = message.width - adjust_width,
                precision = precision_value,
                plus_symbol = plus_option
            );

            return;
        }

        // Use Spaces padding
        if message.alignment == Alignment::Right {
            if precision_value == 0 {
                precision_value = item.len()
            }
            message.message = format!(
                "{plus_symbol}{item:>width$.precision$}",
                width = message.width - adjust_width,
                precision = precision_value,
                plus_symbol = plus_option
            );
            return;
        }

        if precision_value == 0 {
            precision_value = item.len()
        }
        message.message = format!(
            "{plus_symbol}{item:<width$.precision$}",
            width = message.width - adjust_width,
            precision = precision_value,
            plus_symbol = plus_option
        );
    }
}

// Parse the float string log message to float value
fn parse_float(message: String) -> f64 {
    let byte_results = message.parse::<i64>();
    match byte_results {
        Ok(bytes) => return f64::from_bits(bytes as u64),
        Err(err) => warn!(
            "[macos-unifiedlogs] Failed to parse float log message value: {message}, err: {err:?}. Log message possibly incorrectly formatted ex: printf(%u, \"message\") instead of printf(%u, 10). Apple may record message as '<decode: mismatch for [%u] got [STRING sz:10]>'",
        ),
    }
    f64::from_bits(0)
}

// Parse the int string log message to int value
fn parse_int(message: String) -> i64 {
    let int_results = message.parse::<i64>();
    match int_results {
        Ok(message) => return message,
        Err(err) => debug!(
            "[macos-unifiedlogs] Failed to parse int log message value: {message}, err: {err:?}. Log message possibly incorrectly formatted ex: printf(%u, \"message\") instead of printf(%u, 10). Apple may record message as '<decode: mismatch for [%u] got [STRING sz:10]>'",
        ),
    }
    0
}

#[cfg(test)]
mod tests {
    use crate::chunks::firehose::firehose_log::{FirehoseItem, FirehoseItemType};
    use crate::message::{
        Alignment, MessageFormatters, NumberFormat, Padding, format_firehose_log_message,
        format_message, format_message_padding, parse_float, parse_formatter, parse_int,
        parse_signpost_format, parse_type_formatter,
    };
    use regex::Regex;

    #[test]
    fn test_format_firehose_log_message() {
        let test_data = String::from("opendirectoryd (build %{public}s) launched...");
        let item_message = vec![FirehoseItemType {
            message_strings: String::from("796.100"),
            item_type: 34,
            item_size: 0,
            ..Default::default()
        }];
        let message_re = Regex::new(r"(%(?:(?:\{[^}]+}?)(?:[-+0#]{0,5})(?:[0-9]+|\*)?(?:\.(?:[0-9]+|\*))?(?:h|hh|l|ll|w|I|z|t|q|I32|I64)?[cmCdiouxXeEfgGaAnpsSZP@%}]|(?:[-+0 #]{0,5})(?:[0-9]+|\*)?(?:\.(?:[0-9]+|\*))?(?:h|hh|l||q|t|ll|w|I|z|I32|I64)?[cmCdiouxXeEfgGaAnpsSZP@%]))").unwrap();

        let log_string = format_firehose_log_message(test_data, &item_message, &message_re);
        assert_eq!(log_string, "opendirectoryd (build 796.100) launched...");
    }

    #[test]
    fn test_format_firehose_log_message_tricky() {
        let test = String::from(
            "<%{public}@:%p> creating new multiplexing view controller controller <%{public}@:%p> for %{public}@ at level: %.f",
        );
        let items = vec![
            FirehoseItemType {
                item_type: 66,
                item_type_size: 4,
                offset: 0,
                item_size: 23,
                message_strings: String::from("SBHMultiplexingManager"),
                item: FirehoseItem::String,
            },
            FirehoseItemType {
                item_type: 0,
                item_type_size: 8,
                offset: 0,
                item_size: 0,
                message_strings: String::from("936749223363120960"),
                item: FirehoseItem::Number,
            },
            FirehoseItemType {
                item_type: 66,
                item_type_size: 4,
                offset: 23,
                item_size: 30,
                message_strings: String::from("SBHMultiplexingViewController"),
                item: FirehoseItem::String,
            },
            FirehoseItemType {
                item_type: 0,
                item_type_size: 8,
                offset: 0,
                item_size: 0,
                message_strings: String::from("1008806817370365440"),
                item: FirehoseItem::Number,
            },
            FirehoseItemType {
                item_type: 66,
                item_type_size: 4,
                offset: 53,
                item_size: 37,
                message_strings: String::from("D8F2438E-AACF-4ED9-AD47-F5A1598215C7"),
                item: FirehoseItem::String,
            },
            FirehoseItemType {
                item_type: 0,
                item_type_size: 8,
                offset: 0,
                item_size: 0,
                message_strings: String::from("0"),
                item: FirehoseItem::Number,
            },
        ];
        let message_re = Regex::new(r"(%(?:(?:\{[^}]+}?)(?:[-+0#]{0,5})(?:[0-9]+|\*)?(?:\.(?:[0-9]+|\*)?)?(?:h|hh|l|ll|w|I|z|t|q|I32|I64)?[cmCdiouxXeEfgGaAnpsSZP@%}]|(?:[-+0 #]{0,5})(?:[0-9]+|\*)?(?:\.(?:[0-9]+|\*)?)?(?:h|hh|l||q|t|ll|w|I|z|I32|I64)?[cmCdiouxXeEfgGaAnpsSZP@%]))").unwrap();
        let log_string = format_firehose_log_message(test, &items, &message_re);
        assert_eq!(
            log_string,
            "<SBHMultiplexingManager:D0000749E2E8F40> creating new multiplexing view controller controller <SBHMultiplexingViewController:E0000749C5A5E00> for D8F2438E-AACF-4ED9-AD47-F5A1598215C7 at level: 0"
        );
    }

    #[test]
    fn test_format_firehose_log_message_tricky_precision() {
        let test = String::from(
            "%p - ProcessThrottlerTimedActivity::activityTimedOut: %{public}s (timeout: %.f sec)",
        );
        let items = vec![
            FirehoseItemType {
                item_type: 0,
                item_type_size: 8,
                offset: 0,
                item_size: 0,
                message_strings: String::from("4833657296"),
                item: FirehoseItem::Number,
            },
            FirehoseItemType {
                item_type: 34,
                item_type_size: 4,
                offset: 0,
                item_size: 26,
                message_strings: String::from("View was recently visible"),
                item: FirehoseItem::String,
            },
            FirehoseItemType {
                item_type: 0,
                item_type_size: 8,
                offset: 0,
                item_size: 0,
                message_strings: String::from("4642648265865560064"),
                item: FirehoseItem::Number,
            },
        ];
        let message_re = Regex::new(r"(%(?:(?:\{[^}]+}?)(?:[-+0#]{0,5})(?:[0-9]+|\*)?(?:\.(?:[0-9]+|\*)?)?(?:h|hh|l|ll|w|I|z|t|q|I32|I64)?[cmCdiouxXeEfgGaAnpsSZP@%}]|(?:[-+0 #]{0,5})(?:[0-9]+|\*)?(?:\.(?:[0-9]+|\*)?)?(?:h|hh|l||q|t|ll|w|I|z|I32|I64)?[cmCdiouxXeEfgGaAnpsSZP@%]))").unwrap();
        let log_string = format_firehose_log_message(test, &items, &message_re);
        assert_eq!(
            log_string,
            "1201BC1D0 - ProcessThrottlerTimedActivity::activityTimedOut: View was recently visible (timeout: 240 sec)"
        );
    }

    #[test]
    fn test_bad_format_options() {
        let message_re = Regex::new(r"(%(?:(?:\{[^}]+}?)(?:[-+0#]{0,5})(?:[0-9]+|\*)?(?:\.(?:[0-9]+|\*))?(?:h|hh|l|ll|w|I|z|t|q|I32|I64)?[cmCdiouxXeEfgGaAnpsSZP@%}]|(?:[-+0 #]{0,5})(?:[0-9]+|\*)?(?:\.(?:[0-9]+|\*))?(?:h|hh|l||q|t|ll|w|I|z|I32|I64)?[cmCdiouxXeEfgGaAnpsSZP@%]))").unwrap();
        let message = String::from(
            "PAVAbstractVideoInterface.cpp::%d] DCPAV[%d] %s::%s Setting %s syncWidth = %u",
        );

        let items = vec![
            FirehoseItemType {
                message_strings: String::from("406"),
                item_type: 0,
                item_size: 0,
                ..Default::default()
            },
            FirehoseItemType {
                message_strings: String::from("258"),
                item_type: 0,
                item_size: 0,
                ..Default::default()
            },
            FirehoseItemType {
                message_strings: String::from("DCPAVSimpleVideoInterface"),
                item_type: 32,
                item_size: 25,
                ..Default::default()
            },
            FirehoseItemType {
                message_strings: String::from("setColorElement"),
                item_type: 32,
                item_size: 15,
                ..Default::default()
            },
            FirehoseItemType {
                message_strings: String::from("3"),
                item_type: 0,
                item_size: 0,
                ..Default::default()
            },
            FirehoseItemType {
                message_strings: String::from("All"),
                item_type: 32,
                item_size: 3,
                ..Default::default()
            },
            FirehoseItemType {
                message_strings: String::from("89"),
                item_type: 0,
                item_size: 0,
                ..Default::default()
            },
        ];

        let log_string = format_firehose_log_message(message, &items, &message_re);
        // The printf format options are bad/wrong for this message. We log warning and return 0 default
        // Apple records as: <decode: mismatch for [%u] got [STRING sz:3]
        assert_eq!(
            log_string,
            "PAVAbstractVideoInterface.cpp::406] DCPAV[258] DCPAVSimpleVideoInterface::setColorElement Setting 3 syncWidth = 0"
        )
    }

    #[test]
    fn test_parse_formatter() {
        let test_format = "%+04d";
        let mut test_message = Vec::new();

        let test_data = FirehoseItemType {
            message_strings: String::from("2"),
            item_type: 2,
            item_size: 2,
            ..Default::default()
        };
        test_message.push(test_data);

        let item_index = 0;
        let (_, formatted_results) = parse_formatter(
            test_format,
            &test_message,
            test_message[0].item_type,
            item_index,
        )
        .unwrap();
        assert_eq!(formatted_results, "+002");

        let test_format = "%04d";
        let (_, formatted_results) = parse_formatter(
            test_format,
            &test_message,
            test_message[0].item_type,
            item_index,
        )
        .unwrap();
        assert_eq!(formatted_results, "0002");

        let test_format = "%#4x";
        let (_, formatted_results) = parse_formatter(
            test_format,
            &test_message,
            test_message[0].item_type,
            item_index,
        )
        .unwrap();
        assert_eq!(formatted_results, " 0x2");

        let test_format = "%#04o";
        test_message[0].message_strings = String::from("100");
        let (_, formatted_results) = parse_formatter(
            test_format,
            &test_message,
            test_message[0].item_type,
            item_index,
        )
        .unwrap();
        assert_eq!(formatted_results, "0o144");

        let test_format = "%07o";
        let (_, formatted_results) = parse_formatter(
            test_format,
            &test_message,
            test_message[0].item_type,
            item_index,
        )
        .unwrap();
        assert_eq!(formatted_results, "0000144");

        let test_format = "%x";
        test_message[0].message_strings = String::from("10");
        let (_, formatted_results) = parse_formatter(
            test_format,
            &test_message,
            test_message[0].item_type,
            item_index,
        )
        .unwrap();
        assert_eq!(formatted_results, "A");

        let test_float = "%+09.4f";
        test_message[0].message_strings = String::from("4570111009880014848");
        let (_, formatted_results) = parse_formatter(
            test_float,
            &test_message,
            test_message[0].item_type,
            item_index,
        )
        .unwrap();
        assert_eq!(formatted_results, "+000.0035");

        let test_float = "%9.4f";
        let (_, formatted_results) = parse_formatter(
            test_float,
            &test_message,
            test_message[0].item_type,
            item_index,
        )
        .unwrap();
        assert_eq!(formatted_results, "   0.0035");

        let test_float = "%-8.4f";
        let (_, formatted_results) = parse_formatter(
            test_float,
            &test_message,
            test_message[0].item_type,
            item_index,
        )
        .unwrap();
        assert_eq!(formatted_results, "0.0035  ");

        let test_float = "%f";
        test_message[0].message_strings = String::from("4614286721111404799");
        let (_, formatted_results) = parse_formatter(
            test_float,
            &test_message,
            test_message[0].item_type,
            item_index,
        )
        .unwrap();
        assert_eq!(formatted_results, "3.154944");

        let test_int = "%d";
        test_message[0].message_strings = String::from("-248");
        let (_, formatted_results) = parse_formatter(
            test_int,
            &test_message,
            test_message[0].item_type,
            item_index,
        )
        .unwrap();
        assert_eq!(formatted_results, "-248");

        let test_float = "%f";
        test_message[0].message_strings = String::from("-4611686018427387904");
        let (_, formatted_results) = parse_formatter(
            test_float,
            &test_message,
            test_message[0].item_type,
            item_index,
        )
        .unwrap();
        assert_eq!(formatted_results, "-2");

        let test_float = "%f";
        test_message[0].message_strings = String::from("-4484628366119329180");
        let (_, formatted_results) = parse_formatter(
            test_float,
            &test_message,
            test_message[0].item_type,
            item_index,
        )
        .unwrap();
        assert_eq!(formatted_results, "-650937839.633862");

        let test_string = "%s";
        test_message[0].message_strings = String::from("The big red dog jumped over the crab");
        let (_, formatted_results) = parse_formatter(
            test_string,
            &test_message,
            test_message[0].item_type,
            item_index,
        )
        .unwrap();
        assert_eq!(formatted_results, "The big red dog jumped over the crab");

        let test_string = "%.2@";
        test_message[0].message_strings = String::from("aaabbbb");
        let (_, formatted_results) = parse_formatter(
            test_string,
            &test_message,
            test_message[0].item_type,
            item_index,
        )
        .unwrap();
        assert_eq!(formatted_results, "aa");

        let test_string = "%*s";
        test_message[0].item_size = 10;
        test_message[0].item_type = 0x12;
        let test_data2 = FirehoseItemType {
            message_strings: String::from("hi"),
            item_type: 2,
            item_size: 2,
            ..Default::default()
        };
        test_message.push(test_data2);
        let (_, formatted_results) = parse_formatter(
            test_string,
            &test_message,
            test_message[0].item_type,
            item_index,
        )
        .unwrap();
        assert_eq!(formatted_results, "        hi");
    }

    #[test]
    fn test_parse_type_formatter() {
        let mut test_format = "%{public}s";
        let mut test_message = Vec::new();

        let mut test_data = FirehoseItemType {
            message_strings: String::from("test"),
            item_type: 2,
            item_size: 4,
            ..Default::default()
        };
        test_message.push(test_data);

        let item_index = 0;
        let (_, formatted_results) = parse_type_formatter(
            test_format,
            &test_message,
            test_message[0].item_type,
            item_index,
        )
        .unwrap();
        assert_eq!(formatted_results, "test");

        test_format = "%{public, signpost.description:begin_time}llu";
        let mut test_message = Vec::new();

        test_data = FirehoseItemType {
            message_strings: String::from("1"),
            item_type: 2,
            item_size: 4,
            ..Default::default()
        };
        test_message.push(test_data);

        let item_index = 0;
        let (_, formatted_results) = parse_type_formatter(
            test_format,
            &test_message,
            test_message[0].item_type,
            item_index,
        )
        .unwrap();
        assert_eq!(formatted_results, "1 (signpost.description:begin_time)");
    }

    #[test]
    fn test_parse_signpost_format() {
        let test_format = "%{public, signpost.description:begin_time";
        let (_, results) = parse_signpost_format(test_format).unwrap();
        assert_eq!(results, "signpost.description:begin_time");
    }

    #[test]
    fn test_format_message_padding() {
        let mut message = MessageFormatters {
            item_format: String::from("d"),
            item_number: Some(2),
            item_float: None,
            item_string: None,
            precision: None,
            width: 4,
            plus_minus: false,
            hashtag: false,
            alignment: Alignment::Left,
            message: String::from("2"),
            number_format: NumberFormat::Decimal,
            padding: Padding::Zero,
        };

        format_message_padding(&mut message);
        assert_eq!(message.message, "2000");
    }

    #[test]
    fn test_format_message_padding_right() {
        let mut message = MessageFormatters {
            item_format: String::from("d"),
            item_number: Some(2),
            item_float: None,
            item_string: None,
            precision: None,
            width: 4,
            plus_minus: false,
            hashtag: false,
            alignment: Alignment::Right,
            message: String::from("2"),
            number_format: NumberFormat::Decimal,
            padding: Padding::Zero,
        };

        format_message_padding(&mut message);
        assert_eq!(message.message, "0002");
    }

    #[test]
    fn test_format_message_padding_space_left() {
        let mut message = MessageFormatters {
            item_string: None,
            item_number: Some(2),
            item_float: None,
            precision: Some(0),
            width: 4,
            item_format: String::from("d"),
            plus_minus: false,
            hashtag: false,
            alignment: Alignment::Left,
            message: String::from("2"),
            number_format: NumberFormat::Decimal,
            padding: Padding::Space,
        };

        format_message_padding(&mut message);
        assert_eq!(message.message, "2   ");
    }

    #[test]
    fn test_format_message_padding_right_space() {
        let mut message = MessageFormatters {
            item_string: None,
            item_number: Some(2),
            item_float: None,
            precision: Some(0),
            width: 4,
            item_format: String::from("d"),
            plus_minus: false,
            hashtag: false,
            alignment: Alignment::Right,
            message: String::from("2"),
            number_format: NumberFormat::Decimal,
            padding: Padding::Space,
        };

        format_message_padding(&mut message);
        assert_eq!(message.message, "   2");
    }

    #[test]
    fn test_format_left() {
        let mut message = MessageFormatters {
            item_string: None,
            item_number: Some(2),
            item_float: None,
            precision: Some(0),
            width: 4,
            item_format: String::from("d"),
            plus_minus: false,
            hashtag: false,
            alignment: Alignment::Left,
            message: String::from("2"),
            number_format: NumberFormat::Decimal,
            padding: Padding::Zero,
        };

        format_message(&mut message);
        assert_eq!(message.message, "2");
    }

    #[test]
    fn test_format_right() {
        let mut message = MessageFormatters {
            item_string: None,
            item_number: Some(2),
            item_float: None,
            precision: Some(0),
            width: 4,
            item_format: String::from("d"),
            plus_minus: false,
            hashtag: false,
            alignment: Alignment::Right,
            message: String::from("2"),
            number_format: NumberFormat::Decimal,
            padding: Padding::Zero,
        };

        format_message(&mut message);
        assert_eq!(message.message, "2");
    }

    #[test]
    fn test_parse_float() {
        let value = String::from("4611911198408756429");
        let results = parse_float(value);
        assert_eq!(results, 2.1);
    }

    #[test]
    fn test_parse_int() {
        let value = String::from("2");
        let results = parse_int(value);
        assert_eq!(results, 2);
    }
}
