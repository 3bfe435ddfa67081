fn main() {
    print!("{}", sip::plan::schema_json());
}
